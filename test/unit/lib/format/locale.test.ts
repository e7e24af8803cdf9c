import { describe, expect, it } from 'vitest';
import { formatNumber, intlLocale, localDigits } from '../../../../lib/format/locale';

describe('locale', () => {
  it('picks an explicit numbering system for Arabic, plain English otherwise', () => {
    expect(intlLocale({ lang: 'ar', digits: 'arab' })).toBe('ar-u-nu-arab');
    expect(intlLocale({ lang: 'ar', digits: 'latn' })).toBe('ar-u-nu-latn');
    expect(intlLocale({ lang: 'en', digits: 'arab' })).toBe('en');
  });
  it('formats numbers in the reader’s digits', () => {
    expect(formatNumber(2025, { lang: 'ar', digits: 'arab' }, { useGrouping: false })).toBe('٢٠٢٥');
    expect(formatNumber(1202, { lang: 'ar', digits: 'arab' })).toBe('١٬٢٠٢');
    expect(formatNumber(1202, { lang: 'ar', digits: 'latn' })).toBe('1,202');
    expect(formatNumber(5.1, { lang: 'en', digits: 'arab' })).toBe('5.1');
  });
  it('swaps digits in ready-made strings only for Arabic-Indic readers', () => {
    expect(localDigits('v2.5', { lang: 'ar', digits: 'arab' })).toBe('v٢.٥');
    expect(localDigits('v2.5', { lang: 'ar', digits: 'latn' })).toBe('v2.5');
    expect(localDigits('v2.5', { lang: 'en', digits: 'arab' })).toBe('v2.5');
  });
});
