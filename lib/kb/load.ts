import { z } from '../zod';
import { type Entity, KnowledgeBase, type Organization } from './schema';

/** The KB with its indexes, ready for look-ups. */
export interface Kb {
  raw: KnowledgeBase;
  byId: Map<string, Entity>;
  /** The organisation that made an entity (for organisations: null). */
  developerOf(e: Entity): Organization | null;
  /** Country of an entity: its own (organisations) or its developer's. */
  countryOf(e: Entity): string | null;
}

export class KbLoadError extends Error {}

/** Parses the KB once at the boundary; a corrupt file gives a readable error. */
export function loadKb(json: unknown): Kb {
  const parsed = KnowledgeBase.safeParse(json);
  if (!parsed.success) throw new KbLoadError(`The knowledge base is invalid:\n${z.prettifyError(parsed.error)}`);
  return indexKb(parsed.data);
}

/** Indexes an already validated KB (the extension's own bundled copy). */
export function indexKb(raw: KnowledgeBase): Kb {
  const byId = new Map(raw.entities.map((e) => [e.id, e]));
  const developerOf = (e: Entity): Organization | null => {
    if (e.kind === 'organization') return null;
    const d = e.developer ? byId.get(e.developer) : undefined;
    return d?.kind === 'organization' ? d : null;
  };
  return {
    raw,
    byId,
    developerOf,
    countryOf: (e) => (e.kind === 'organization' ? e.country : (developerOf(e)?.country ?? null)),
  };
}
