import type { Browser } from '../../app/browser-type';
import { arabicRatio } from '../../lib/article/arabic-ratio';
import { findArticleRoots, readPageHints } from '../../lib/article/extract';
import type { ContentToBackground } from '../../lib/messages';

type Ctx = { isInvalid: boolean; onInvalidated(cb: () => void): void };

/** Characters of the article read to tell its script (enough for a verdict, cheap on any page). */
const SAMPLE_CHARS = 4000;
/** First wait after the page changes before looking again; doubled each time, up to the last. */
const RECHECK_MS = [1000, 2000, 4000, 8000, 16000, 30000];

/** Whether the page holds an article-sized text mostly in Arabic script (no matching yet). */
export function looksLikeArabicArticle(doc: Document): boolean {
  const hints = readPageHints(doc);
  const roots = findArticleRoots(doc, hints.isArticle ? 80 : 200);
  let sample = '';
  for (const root of roots) {
    sample += (root.textContent ?? '').slice(0, SAMPLE_CHARS - sample.length);
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return sample.length > 0 && arabicRatio(sample) >= 0.3;
}

/**
 * The content script of every listed page: small (no schema library, no UI) so that
 * a page that is not an Arabic article pays almost nothing. When the page holds an
 * Arabic article (now, or later on a page that loads it), it asks the background to
 * bring in the page script (page.ts: matching, highlights, cards). Pages that change
 * are looked at again, less and less often.
 */
export function startGate(ctx: Ctx, browser: Browser, doc: Document, win: Window): void {
  let asked = false;
  let timer = 0;
  let rechecks = 0;
  const observer = new (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(() => {
    if (timer) return;
    const wait = RECHECK_MS[Math.min(rechecks++, RECHECK_MS.length - 1)]!;
    timer = win.setTimeout(() => {
      timer = 0;
      check();
    }, wait);
  });
  const stop = () => {
    observer.disconnect();
    win.clearTimeout(timer);
  };
  const check = () => {
    if (asked || ctx.isInvalid) return;
    let article = false;
    try {
      article = looksLikeArabicArticle(doc);
    } catch {
      // A hostile page's DOM: stay out.
    }
    if (!article) return;
    asked = true;
    stop();
    const message: ContentToBackground = { type: 'page-ready' };
    void browser.runtime.sendMessage(message).catch(() => {});
  };
  ctx.onInvalidated(stop);
  check();
  if (!asked) observer.observe(doc.documentElement, { childList: true, subtree: true });
}
