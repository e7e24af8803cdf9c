import { browser } from 'wxt/browser';
import { dirOf, type Lang, resolveLang } from '../lib/i18n';

/** The UI language for extension pages, and sets `<html lang dir>` to match. */
export function applyUiLang(doc: Document, pref: 'auto' | Lang = 'auto'): Lang {
  const lang = resolveLang(pref, browser.i18n.getUILanguage());
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dirOf(lang);
  return lang;
}
