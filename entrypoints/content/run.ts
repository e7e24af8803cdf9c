import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Browser } from '../../app/browser-type';
import type { Analysis } from '../../lib/analyse';
import type { ContentToBackground } from '../../lib/messages';

/**
 * The content script's recipe: find the article, collect its text, have the
 * background match it, show the mentions, watch for changes.
 */
export async function runKashifOnPage(ctx: ContentScriptContext, browser: Browser, doc: Document) {
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return;
  const text = root.textContent ?? '';
  const message: ContentToBackground = { type: 'analyse-text', text, lang: doc.documentElement.lang || null };
  const analysis = (await browser.runtime.sendMessage(message)) as Analysis | null;
  if (ctx.isInvalid || !analysis) return;
}
