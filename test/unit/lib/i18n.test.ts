import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dirOf, resolveLang, t } from '../../../lib/i18n';
import { STRINGS } from '../../../scripts/locales.mjs';
import { renderLocale } from '../../../scripts/write-locales.mjs';

describe('UI strings', () => {
  it('the committed _locales files are generated from scripts/locales.mjs', () => {
    for (const lang of ['ar', 'en']) {
      expect(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')).toBe(renderLocale(lang));
    }
  });
  it('every string exists in Arabic (in Arabic script) and English', () => {
    for (const [key, ar = '', en = ''] of STRINGS) {
      expect(ar, key).toMatch(/[\u0600-\u06ff]/);
      expect(en, key).toMatch(/[A-Za-z]/);
      // placeholders agree between the two languages
      expect(ar.match(/\$[A-Z_]+\$/g) ?? [], key).toEqual(en.match(/\$[A-Z_]+\$/g) ?? []);
    }
  });
  it('substitutes placeholders and picks the language', () => {
    expect(t('en', 'mentionCount', 3)).toBe('Mentioned 3 times');
    expect(t('ar', 'mentionCount', 3)).toContain('3');
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'ar-JO')).toBe('ar');
    expect(resolveLang('auto', 'fr')).toBe('ar');
    expect(resolveLang('en', 'ar')).toBe('en');
  });
});
