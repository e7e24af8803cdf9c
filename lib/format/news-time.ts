import type { EntityCardData } from '../kb/card';
import type { Release } from '../kb/schema';
import { dateValue, monthsBetween, parsePartialDate } from './date';

export interface Successor {
  id: string;
  name: string;
  nameAr: string | null;
  released: Release | null;
}

/** A model seen from the day the article was published. */
export interface NewsTime {
  /** Whole months between the model's release and the article; null when either date is unknown. */
  ageMonths: number | null;
  /** The article is older than the model's release (it wrote about an announcement or a leak). */
  beforeRelease: boolean;
  /** The newest model along the successor chain, when there is one. */
  newer: Successor | null;
  /** That newer model came out after the article: "GPT-5 has been released since". */
  newerSinceArticle: boolean;
}

/**
 * How old a model was when the article was written, and whether a newer version
 * exists now. `successorOf` looks an id up in the KB; the chain is followed to
 * its end (cycles and very long chains are cut).
 */
export function newsTimeOf(
  card: Pick<EntityCardData, 'released' | 'successor'>,
  published: string | null,
  successorOf: (id: string) => (Successor & { successor: string | null }) | null,
): NewsTime | null {
  if (!card.released && !card.successor) return null;
  const ageMonths = card.released ? monthsBetween(card.released.date, published) : null;
  const pub = parsePartialDate(published);
  const rel = card.released ? parsePartialDate(card.released.date) : null;
  const beforeRelease = !!(pub && rel && dateValue(rel) > dateValue(pub) && (ageMonths === null || ageMonths < 0));
  let newer: Successor | null = null;
  const seen = new Set<string>();
  let next = card.successor?.id ?? null;
  while (next && !seen.has(next) && seen.size < 50) {
    seen.add(next);
    const s = successorOf(next);
    if (!s) break;
    newer = { id: s.id, name: s.name, nameAr: s.nameAr, released: s.released };
    next = s.successor;
  }
  const newerDate = newer?.released ? parsePartialDate(newer.released.date) : null;
  const newerSinceArticle = !!(pub && newerDate && dateValue(newerDate) > dateValue(pub));
  if (ageMonths === null && !newer) return null;
  return { ageMonths, beforeRelease, newer, newerSinceArticle };
}
