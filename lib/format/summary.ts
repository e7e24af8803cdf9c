import type { EntityCardData } from '../kb/card';
import { dateValue, parsePartialDate } from './date';
import { opennessClass } from './openness';

export interface NamedRef {
  id: string;
  name: string;
  nameAr: string | null;
}

export interface DatedRef extends NamedRef {
  date: string;
}

/** What an article names, at a glance. */
export interface ArticleSummary {
  models: number;
  open: number;
  closed: number;
  /** Companies and organisations the article names, or that made what it names, most mentioned first. */
  companies: NamedRef[];
  /** Countries of everything named (organisations and their models), most first. */
  countries: Array<{ code: string; count: number }>;
  oldest: DatedRef | null;
  newest: DatedRef | null;
}

/**
 * Sums up an article's entities. `counts` gives how many times each is named, to
 * order the companies; cards come in the order the page reported them.
 */
export function summarizeArticle(
  cards: EntityCardData[],
  counts: ReadonlyMap<string, number> = new Map(),
): ArticleSummary {
  let models = 0;
  let open = 0;
  let closed = 0;
  const companies = new Map<string, NamedRef & { weight: number }>();
  const countries = new Map<string, number>();
  let oldest: (DatedRef & { v: number }) | null = null;
  let newest: (DatedRef & { v: number }) | null = null;
  for (const c of cards) {
    const weight = counts.get(c.id) ?? 1;
    if (c.kind === 'model') {
      models++;
      const cls = opennessClass(c.openness);
      if (cls === 'open') open++;
      else if (cls === 'closed') closed++;
      const d = c.released ? parsePartialDate(c.released.date) : null;
      if (d && c.released) {
        const ref = { id: c.id, name: c.name, nameAr: c.nameAr, date: c.released.date, v: dateValue(d) };
        if (!oldest || ref.v < oldest.v) oldest = ref;
        if (!newest || ref.v > newest.v) newest = ref;
      }
    }
    const org =
      c.kind === 'organization'
        ? { id: c.id, name: c.name, nameAr: c.nameAr }
        : c.developer
          ? { id: c.developer.id, name: c.developer.name, nameAr: c.developer.nameAr }
          : null;
    if (org) {
      const prev = companies.get(org.id);
      const w = c.kind === 'organization' ? weight : 0;
      companies.set(org.id, { ...org, weight: (prev?.weight ?? 0) + w });
    }
    if (c.country) countries.set(c.country, (countries.get(c.country) ?? 0) + 1);
  }
  const strip = (r: (DatedRef & { v: number }) | null): DatedRef | null =>
    r ? { id: r.id, name: r.name, nameAr: r.nameAr, date: r.date } : null;
  return {
    models,
    open,
    closed,
    companies: [...companies.values()]
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
      .map(({ id, name, nameAr }) => ({ id, name, nameAr })),
    countries: [...countries.entries()]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    oldest: strip(oldest),
    newest: oldest && newest && oldest.id === newest.id ? null : strip(newest),
  };
}
