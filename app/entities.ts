import kbJson from '../assets/kb/kb.json';
import type { EntityListItem } from '../components/EntityList';
import { indexKb, type Kb } from '../lib/kb/load';
import type { KnowledgeBase } from '../lib/kb/schema';
import type { EntityHit } from '../lib/messages';

let kb: Kb | null = null;
/** The bundled KB (validated at build time), indexed on first use. */
export function getKb(): Kb {
  kb ??= indexKb(kbJson as unknown as KnowledgeBase);
  return kb;
}

/** List rows for a page's entities, in the order the page reported them. */
export function listItems(hits: EntityHit[]): EntityListItem[] {
  const k = getKb();
  return hits.flatMap((h) => {
    const e = k.byId.get(h.id);
    return e ? [{ id: e.id, name: e.name, nameAr: e.nameAr, kind: e.kind, count: h.count }] : [];
  });
}
