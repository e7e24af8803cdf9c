import { mkdirSync, writeFileSync } from 'node:fs';
import { STRINGS } from './locales.mjs';

/** Renders the messages.json of one language; used by the build and by the drift test. */
export function renderLocale(lang) {
  const out = {};
  for (const [key, ar, en, description] of STRINGS) {
    const message = lang === 'ar' ? ar : en;
    const entry = { message, description };
    const names = [...message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]);
    if (names.length) {
      entry.placeholders = Object.fromEntries(names.map((n, i) => [n.toLowerCase(), { content: `$${i + 1}` }]));
    }
    out[key] = entry;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const lang of ['ar', 'en']) {
    mkdirSync(`public/_locales/${lang}`, { recursive: true });
    writeFileSync(`public/_locales/${lang}/messages.json`, renderLocale(lang));
  }
}
