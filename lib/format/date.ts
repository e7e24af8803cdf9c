import { cached, type Fmt, intlLocale } from './locale';

/** A date the KB may know only to the year or the month. */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

/**
 * Reads "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO date-time (an article's
 * `datePublished`, e.g. "2025-08-06T09:30:00+03:00"); null for anything else.
 * A date-time keeps the calendar day written in it, whatever its time zone.
 */
export function parsePartialDate(text: string | null | undefined): PartialDate | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s].*)?$/.exec(text ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/** The date as a UTC time value; missing parts count as the middle of the period. */
export function dateValue(d: PartialDate): number {
  if (d.month === null) return Date.UTC(d.year, 6, 1);
  if (d.day === null) return Date.UTC(d.year, d.month - 1, 15);
  return Date.UTC(d.year, d.month - 1, d.day);
}

/** A KB or article date in the reader's language and digits, as precise as it is known. */
export function formatPartialDate(text: string | null | undefined, fmt: Fmt): string | null {
  const d = parsePartialDate(text);
  if (!d) return null;
  const options: Intl.DateTimeFormatOptions =
    d.month === null
      ? { year: 'numeric', timeZone: 'UTC' }
      : d.day === null
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  const locale = intlLocale(fmt);
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(
    new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)),
  );
}

/**
 * Whole months from one date to a later one (negative when `to` is earlier).
 * Null when either is unknown or the imprecision makes the answer meaningless
 * (a year-only date against a date in the same year).
 */
export function monthsBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  const a = parsePartialDate(from);
  const b = parsePartialDate(to);
  if (!a || !b) return null;
  if ((a.month === null || b.month === null) && a.year === b.year) return null;
  let months = (b.year - a.year) * 12 + ((b.month ?? 7) - (a.month ?? 7));
  // A month counts once it is complete: 5 Aug → 4 Sep is 0 months, not 1.
  if (a.day !== null && b.day !== null) {
    if (months > 0 && b.day < a.day) months -= 1;
    else if (months < 0 && b.day > a.day) months += 1;
  }
  return months;
}

/** An age in months as words: "5 months", "2 years", "1 year and 3 months" (Arabic: "٥ أشهر"…). */
export function formatAge(months: number, fmt: Fmt): string {
  const m = Math.abs(Math.trunc(months));
  const locale = intlLocale(fmt);
  const unit = (n: number, u: 'month' | 'year') => {
    const options: Intl.NumberFormatOptions = { style: 'unit', unit: u, unitDisplay: 'long' };
    return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(n);
  };
  if (m < 12) return unit(m, 'month');
  const years = Math.floor(m / 12);
  const rest = m % 12;
  if (rest === 0) return unit(years, 'year');
  const conjunction = fmt.lang === 'ar' ? ' و' : ' and ';
  return `${unit(years, 'year')}${conjunction}${unit(rest, 'month')}`;
}
