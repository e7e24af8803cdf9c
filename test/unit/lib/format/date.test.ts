import { describe, expect, it } from 'vitest';
import { formatAge, formatPartialDate, monthsBetween, parsePartialDate } from '../../../../lib/format/date';

const AR = { lang: 'ar', digits: 'arab' } as const;
const AR_LATN = { lang: 'ar', digits: 'latn' } as const;
const EN = { lang: 'en', digits: 'latn' } as const;

describe('parsePartialDate', () => {
  it('reads KB dates and article date-times, keeping the written calendar day', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: null, day: null });
    expect(parsePartialDate('2025-08')).toEqual({ year: 2025, month: 8, day: null });
    expect(parsePartialDate('2025-08-19T23:59:00-11:00')).toEqual({ year: 2025, month: 8, day: 19 });
    expect(parsePartialDate('2025-08-19 13:23')).toEqual({ year: 2025, month: 8, day: 19 });
  });
  it('refuses anything else', () => {
    for (const bad of ['', 'soon', '19-08-2025', '2025-13', '2025-02-32', null, undefined]) {
      expect(parsePartialDate(bad)).toBeNull();
    }
  });
});

describe('formatPartialDate', () => {
  it('is as precise as the date is known, in the reader’s language and digits', () => {
    expect(formatPartialDate('2025-08-05', AR)).toBe('٥ أغسطس ٢٠٢٥');
    expect(formatPartialDate('2025-08-05', AR_LATN)).toBe('5 أغسطس 2025');
    expect(formatPartialDate('2025-08', AR)).toBe('أغسطس ٢٠٢٥');
    expect(formatPartialDate('2025', AR)).toBe('٢٠٢٥');
    expect(formatPartialDate('2025-08-05', EN)).toBe('August 5, 2025');
    expect(formatPartialDate('2025-01', EN)).toBe('January 2025');
    expect(formatPartialDate('nope', EN)).toBeNull();
  });
  it('never shifts the day with the time zone', () => {
    expect(formatPartialDate('2025-01-01', EN)).toBe('January 1, 2025');
    expect(formatPartialDate('2025-12-31T23:30:00+14:00', EN)).toBe('December 31, 2025');
  });
});

describe('monthsBetween', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2023-03-14', '2025-08-19')).toBe(29);
    expect(monthsBetween('2025-08-05', '2025-08-19')).toBe(0);
    expect(monthsBetween('2025-08-20', '2025-09-19')).toBe(0);
    expect(monthsBetween('2025-08-20', '2025-09-20')).toBe(1);
    expect(monthsBetween('2025-09-20', '2025-08-19')).toBe(-1);
  });
  it('uses the middle of an imprecise period, and gives up inside it', () => {
    expect(monthsBetween('2024', '2025-08-19')).toBe(13);
    expect(monthsBetween('2025', '2025-08-19')).toBeNull();
    expect(monthsBetween('2025-01', '2025-08-19')).toBe(7);
    expect(monthsBetween('2025-01-01', null)).toBeNull();
  });
});

describe('formatAge', () => {
  it('says months, years, or both, with Arabic number agreement from Intl', () => {
    expect(formatAge(0, AR)).toBe('٠ شهر');
    expect(formatAge(1, AR)).toBe('شهر');
    expect(formatAge(2, AR)).toBe('شهران');
    expect(formatAge(5, AR)).toBe('٥ أشهر');
    expect(formatAge(24, AR)).toBe('سنتان');
    expect(formatAge(29, AR)).toBe('سنتان و٥ أشهر');
    expect(formatAge(29, EN)).toBe('2 years and 5 months');
    expect(formatAge(1, EN)).toBe('1 month');
    expect(formatAge(-3, EN)).toBe('3 months');
  });
});
