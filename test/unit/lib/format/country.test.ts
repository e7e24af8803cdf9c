import { describe, expect, it } from 'vitest';
import { countryName } from '../../../../lib/format/country';

describe('countryName', () => {
  it('names countries in the UI language from the browser’s CLDR data', () => {
    expect(countryName('US', 'ar')).toBe('الولايات المتحدة');
    expect(countryName('CN', 'ar')).toBe('الصين');
    expect(countryName('AE', 'en')).toBe('United Arab Emirates');
    expect(countryName('fr', 'en')).toBe('France');
  });
  it('falls back to the code', () => {
    expect(countryName('XX', 'en')).toBe('XX');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});
