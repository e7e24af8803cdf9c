import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  exportSettings,
  importSettings,
  isSiteEnabled,
  parseSettings,
  SETTINGS_VERSION,
} from '../../../lib/settings';
import { isBuiltinHost } from '../../../lib/sites';

describe('settings', () => {
  it('defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  it('keeps every valid field and resets only the corrupted ones, saying which', () => {
    const r = parseSettings({
      ...DEFAULT_SETTINGS,
      density: 'first',
      theme: 'purple',
      hoverDelayMs: -5,
      addedSites: ['Example.com'],
    });
    expect(r.settings.density).toBe('first');
    expect(r.settings.addedSites).toEqual(['example.com']);
    expect(r.settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(r.settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(r.problems.sort()).toEqual([
      'settings.hoverDelayMs: invalid, reset to default',
      'settings.theme: invalid, reset to default',
    ]);
  });
  it('migrates version 1 without losing the reader’s sites', () => {
    const r = parseSettings({
      version: 1,
      sites: { 'a.com': true, 'aljazeera.net': false },
      language: 'en',
      density: 'first',
    });
    expect(r.settings).toMatchObject({
      version: SETTINGS_VERSION,
      addedSites: ['a.com'],
      disabledSites: ['aljazeera.net'],
      uiLanguage: 'en',
      density: 'first',
    });
  });
  it('reads a newer version as far as it understands it, and says so', () => {
    const r = parseSettings({ ...DEFAULT_SETTINGS, version: 9, density: 'first', futureField: 1 });
    expect(r.settings.density).toBe('first');
    expect(r.problems[0]).toMatch(/newer version/);
  });
  it('never throws on any stored value (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = parseSettings(v);
        expect(r.settings.version).toBe(SETTINGS_VERSION);
      }),
      { numRuns: 1000 },
    );
  });
  it('exports and imports a settings file; refuses files that are not ours', () => {
    const s = { ...DEFAULT_SETTINGS, density: 'first' as const, userAliases: { openai: ['اوبن اي'] } };
    expect(importSettings(exportSettings(s)).settings).toEqual(s);
    expect(() => importSettings('{"density":"first"}')).toThrow(/not a Kashif settings file/);
    expect(() => importSettings('<html>')).toThrow(/not a JSON file/);
  });
  it('decides where Kashif runs: built-in or added, unless turned off', () => {
    const s = { ...DEFAULT_SETTINGS, addedSites: ['myblog.net'], disabledSites: ['aljazeera.net'] };
    expect(isSiteEnabled('www.alsawsana.com', s, isBuiltinHost)).toBe(true);
    expect(isSiteEnabled('www.aljazeera.net', s, isBuiltinHost)).toBe(false);
    expect(isSiteEnabled('news.myblog.net', s, isBuiltinHost)).toBe(true);
    expect(isSiteEnabled('example.org', s, isBuiltinHost)).toBe(false);
  });
});
