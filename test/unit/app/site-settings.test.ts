import { describe, expect, it } from 'vitest';
import { withAlias, withoutSite, withSiteEnabled } from '../../../app/site-settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { isBuiltinHost } from '../../../lib/sites';

const builtin = (h: string) => isBuiltinHost(h);

describe('site settings', () => {
  it('turning a new site on adds it; turning it off keeps it, marked off', () => {
    const on = withSiteEnabled(DEFAULT_SETTINGS, 'example.com', true, builtin);
    expect(on.addedSites).toEqual(['example.com']);
    const off = withSiteEnabled(on, 'example.com', false, builtin);
    expect(off.addedSites).toEqual(['example.com']);
    expect(off.disabledSites).toEqual(['example.com']);
    const back = withSiteEnabled(off, 'example.com', true, builtin);
    expect(back.addedSites).toEqual(['example.com']);
    expect(back.disabledSites).toEqual([]);
  });
  it('a built-in site is only marked off and on, never added', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'alsawsana.com', false, builtin);
    expect(off).toMatchObject({ addedSites: [], disabledSites: ['alsawsana.com'] });
    expect(withSiteEnabled(off, 'alsawsana.com', false, builtin)).toBe(off);
    expect(withSiteEnabled(off, 'alsawsana.com', true, builtin)).toMatchObject({ addedSites: [], disabledSites: [] });
  });
  it('turning a subdomain on clears an "off" entry of its parent', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['aljazeera.net'] };
    expect(withSiteEnabled(s, 'www.aljazeera.net', true, builtin).disabledSites).toEqual([]);
  });
  it('removes a site and edits aliases', () => {
    const s = { ...DEFAULT_SETTINGS, addedSites: ['a.com', 'b.com'], disabledSites: ['a.com'] };
    expect(withoutSite(s, 'a.com')).toMatchObject({ addedSites: ['b.com'], disabledSites: [] });
    const one = withAlias(DEFAULT_SETTINGS, 'openai', 'اوبن اي اي', true);
    expect(one.userAliases).toEqual({ openai: ['اوبن اي اي'] });
    expect(withAlias(one, 'openai', 'اوبن اي اي', false).userAliases).toEqual({});
    expect(DEFAULT_SETTINGS.userAliases).toEqual({});
  });
});
