// Reads a .txt or .html file and recognises its entities, as `npm run annotate` and the
// corpus test do. HTML: the article text Kashif would collect on the page.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { collectText, findArticleRoots, readPageHints, verdictHints } from '../lib/article/extract';
import type { Matcher } from '../lib/matcher/compile';
import { type Recognition, recognize } from '../lib/recognize';

/** The file as text; binary or invalid UTF-8 is an error. */
export function readTextFile(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new Error('binary file');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
}

export function articleOfHtml(html: string): { text: string; lang: string | null; hints: string[] } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  (doc as unknown as { write(s: string): void }).write(html);
  const hints = readPageHints(doc);
  const roots = findArticleRoots(doc);
  const text = (roots.length ? roots : [doc.body]).map((r) => collectText(r).text).join('\n');
  window.close();
  return {
    text,
    lang: hints.lang,
    hints: verdictHints(hints),
  };
}

export function analyseFile(file: string, matcher: Matcher): { text: string; recognition: Recognition } {
  const raw = readTextFile(file);
  const page = /\.html?$/i.test(file) ? articleOfHtml(raw) : { text: raw, lang: null, hints: [] };
  return { text: page.text, recognition: recognize(page.text, matcher, { lang: page.lang, hints: page.hints }) };
}
