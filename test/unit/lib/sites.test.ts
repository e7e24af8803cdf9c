import { describe, expect, it } from 'vitest';
import { BUILTIN_SITES, isBuiltinHost, matchPatternsFor } from '../../../lib/sites';

describe('built-in sites', () => {
  it('lists at least 30 unique, sorted domains', () => {
    expect(BUILTIN_SITES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BUILTIN_SITES).size).toBe(BUILTIN_SITES.length);
    expect([...BUILTIN_SITES].sort()).toEqual(BUILTIN_SITES);
  });
  it('matches a site and its subdomains, not look-alikes', () => {
    expect(isBuiltinHost('www.alsawsana.com')).toBe(true);
    expect(isBuiltinHost('alsawsana.com')).toBe(true);
    expect(isBuiltinHost('ALSAWSANA.COM.')).toBe(true);
    expect(isBuiltinHost('evil-alsawsana.com')).toBe(false);
    expect(isBuiltinHost('alsawsana.com.evil.net')).toBe(false);
  });
  it('makes one match pattern per domain', () => {
    expect(matchPatternsFor(['a.com'])).toEqual(['*://*.a.com/*']);
  });
});
