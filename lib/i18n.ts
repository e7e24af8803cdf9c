import ar from '../public/_locales/ar/messages.json';
import en from '../public/_locales/en/messages.json';

/** UI languages. Arabic is the default; English is the second language. */
export type Lang = 'ar' | 'en';
export type MessageKey = keyof typeof ar;

const CATALOGS: Record<Lang, Record<string, { message: string }>> = { ar, en };

/**
 * Looks up a UI string in the bundled `_locales` catalogs. We read the catalogs
 * ourselves instead of `browser.i18n.getMessage` because the reader may choose
 * the interface language in the options, independently of the browser's.
 */
export function t(lang: Lang, key: MessageKey, ...substitutions: Array<string | number>): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.ar[key];
  if (!entry) return key;
  let i = 0;
  return entry.message.replace(/\$[A-Z_]+\$/g, () => String(substitutions[i++] ?? ''));
}

/** Text direction of a UI language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** Picks the UI language from a preference and the browser's UI locale. */
export function resolveLang(pref: 'auto' | Lang, browserLocale: string | undefined): Lang {
  if (pref !== 'auto') return pref;
  return browserLocale?.toLowerCase().startsWith('en') ? 'en' : 'ar';
}
