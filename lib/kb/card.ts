import type { Kb } from './load';
import type { Entity, Parameters, Release } from './schema';

/** Everything a context card shows about one entity, flattened for display and JSON. */
export interface EntityCardData {
  id: string;
  kind: Entity['kind'];
  name: string;
  nameAr: string | null;
  aliasesEn: string[];
  developer: { id: string; name: string; nameAr: string | null; country: string | null } | null;
  country: string | null;
  openness: string | null;
  license: string | null;
  released: Release | null;
  parameters: Parameters | null;
  runsOn: string | null;
  modality: string[];
  family: { id: string; name: string; nameAr: string | null } | null;
  predecessor: { id: string; name: string } | null;
  successor: { id: string; name: string } | null;
  members: number;
  parent: { id: string; name: string; nameAr: string | null } | null;
  founded: number | null;
  headquarters: string | null;
  orgKind: string | null;
  category: string | null;
  sources: Array<{ name: string; url: string | null }>;
}

/** Builds the card of an entity from the KB. */
export function cardOf(kb: Kb, e: Entity): EntityCardData {
  const ref = (id: string | null | undefined) => {
    const x = id ? kb.byId.get(id) : undefined;
    return x ? { id: x.id, name: x.name, nameAr: x.nameAr } : null;
  };
  const dev = kb.developerOf(e);
  const m = e.kind === 'model' ? e : null;
  const released = e.kind === 'model' || e.kind === 'product' ? e.released : null;
  const sources: EntityCardData['sources'] = [];
  for (const s of e.sources) if (!sources.some((x) => x.name === s.name)) sources.push({ name: s.name, url: s.url });
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    nameAr: e.nameAr,
    aliasesEn: e.aliasesEn,
    developer: dev ? { id: dev.id, name: dev.name, nameAr: dev.nameAr, country: dev.country } : null,
    country: kb.countryOf(e),
    openness: m?.openness ?? null,
    license: m?.license ?? null,
    released,
    parameters: m?.parameters ?? null,
    runsOn: m?.runsOn ?? null,
    modality: m?.modality ?? [],
    family: ref(m?.family ?? (e.kind === 'family' ? e.parentFamily : null)),
    predecessor: ref(m?.predecessor),
    successor: ref(m?.successor),
    members: e.kind === 'family' ? e.members.length : 0,
    parent: ref(e.kind === 'organization' ? e.parent : null),
    founded: e.kind === 'organization' ? e.founded : null,
    headquarters: e.kind === 'organization' ? e.headquarters : null,
    orgKind: e.kind === 'organization' ? e.orgKind : null,
    category: e.kind === 'product' ? e.category : null,
    sources,
  };
}
