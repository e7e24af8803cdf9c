import { browser } from 'wxt/browser';
import { dirOf, type Lang, resolveLang } from '../lib/i18n';

/** The UI language for extension pages, and sets `<html lang dir>` to match. */
export function applyUiLang(doc: Document, pref: 'auto' | Lang = 'auto'): Lang {
  const lang = resolveLang(pref, browser.i18n.getUILanguage());
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dirOf(lang);
  return lang;
}

/**
 * The reader's theme as `data-theme` on `<html>`; "auto" removes it so the
 * stylesheet's `prefers-color-scheme` rules decide.
 */
export function applyTheme(doc: Document, theme: 'auto' | 'light' | 'dark'): void {
  if (theme === 'auto') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.setAttribute('data-theme', theme);
}
