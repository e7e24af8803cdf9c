import kbJson from '../assets/kb/kb.json';
import type { Successor } from '../lib/format/news-time';
import { cardOf, type EntityCardData } from '../lib/kb/card';
import { indexKb, type Kb } from '../lib/kb/load';
import type { EntityKind, KnowledgeBase } from '../lib/kb/schema';
import { buildSearchIndex, type SearchIndex } from '../lib/kb/search';

let kb: Kb | null = null;
let index: SearchIndex | null = null;

/** The bundled KB (validated at build time by `npm run kb:build`), indexed on first use. */
export function getKb(): Kb {
  kb ??= indexKb(kbJson as unknown as KnowledgeBase);
  return kb;
}

/** The search over every spelling of every entity, built on first use (~15 ms). */
export function getSearchIndex(): SearchIndex {
  index ??= buildSearchIndex(getKb());
  return index;
}

/**
 * Builds the search index and runs it once while the page is idle, so the
 * reader's first keystroke does not pay for indexing and a cold JIT.
 */
export function warmSearch(win: Window): () => void {
  const run = () => void getSearchIndex().search('جي بي تي', 8);
  const w = win as Window & {
    requestIdleCallback?: (cb: () => void) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback) {
    const id = w.requestIdleCallback(run);
    return () => w.cancelIdleCallback?.(id);
  }
  const id = win.setTimeout(run, 0);
  return () => win.clearTimeout(id);
}

/** An entity's card, or null for an id the KB does not have (e.g. a newer page report). */
export function cardById(id: string): EntityCardData | null {
  const k = getKb();
  const e = k.byId.get(id);
  return e ? cardOf(k, e) : null;
}

/** Looks up a successor for the news-time line (see lib/format/news-time.ts). */
export function successorOf(id: string): (Successor & { successor: string | null }) | null {
  const e = getKb().byId.get(id);
  if (e?.kind !== 'model') return null;
  return { id: e.id, name: e.name, nameAr: e.nameAr, released: e.released, successor: e.successor };
}

/** The KB's as-of date and how many entities of each kind it holds. */
export function kbStats(): { asOf: string; counts: Record<EntityKind, number> } {
  const k = getKb();
  const counts: Record<EntityKind, number> = { organization: 0, model: 0, family: 0, product: 0 };
  for (const e of k.raw.entities) counts[e.kind]++;
  return { asOf: k.raw.asOf, counts };
}

/** Search results for the UI: names and kinds, ready to list. */
export function searchEntities(
  query: string,
  limit = 8,
): Array<{ id: string; name: string; nameAr: string | null; kind: EntityKind }> {
  const k = getKb();
  return getSearchIndex()
    .search(query, limit)
    .flatMap((h) => {
      const e = k.byId.get(h.id);
      return e ? [{ id: e.id, name: e.name, nameAr: e.nameAr, kind: e.kind }] : [];
    });
}
