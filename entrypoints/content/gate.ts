import type { Browser } from '../../app/browser-type';
import { arabicRatio } from '../../lib/article/arabic-ratio';
import { articleRootsOf, readPageHints } from '../../lib/article/extract';
import { mayBeTechNews } from '../../lib/article/tech-hint';
import type { ContentToBackground, TabState } from '../../lib/messages';

type Ctx = { isInvalid: boolean; onInvalidated(cb: () => void): void };

/** Characters of the article read to tell its script and whether it may be tech news. */
const SAMPLE_CHARS = 40_000;
/** First wait after the page changes before looking again; doubled each time, up to the last. */
const RECHECK_MS = [1000, 2000, 4000, 8000, 16000, 30000];

/** What the gate sees on a page, before any matching. */
export type PageKind = 'no-article' | 'not-arabic' | 'not-tech' | 'candidate';

/**
 * Whether the page holds an article-sized text mostly in Arabic script that may be tech
 * news by the verdict's vocabulary (no matching yet: that is the page script's work).
 */
export function pageKind(doc: Document): PageKind {
  const roots = articleRootsOf(doc, readPageHints(doc));
  let sample = '';
  for (const root of roots) {
    sample += (root.textContent ?? '').slice(0, SAMPLE_CHARS - sample.length);
    if (sample.length >= SAMPLE_CHARS) break;
  }
  if (!sample) return 'no-article';
  if (arabicRatio(sample.slice(0, 4000)) < 0.3) return 'not-arabic';
  return mayBeTechNews(sample) ? 'candidate' : 'not-tech';
}

/** What the panel and popup say of a page the gate let go (the page script reports the rest). */
function stateOf(kind: Exclude<PageKind, 'candidate'>, doc: Document, win: Window): TabState {
  return {
    url: win.location.href.slice(0, 4096),
    title: doc.title.slice(0, 1000),
    status: 'not-article',
    article:
      kind === 'not-tech'
        ? {
            language: 'ar',
            isTechNews: false,
            score: 0,
            reasons: ['an Arabic article without the tech vocabulary the verdict needs'],
          }
        : null,
    published: null,
    entities: [],
  };
}

/**
 * The content script of every listed page: small (no schema library, no UI) so that
 * a page that is not an Arabic article pays almost nothing. When the page holds an
 * Arabic article (now, or later on a page that loads it), it asks the background to
 * bring in the page script (../kashif-page.ts: matching, highlights, cards). Pages that change
 * are looked at again, less and less often.
 */
export function startGate(ctx: Ctx, browser: Browser, doc: Document, win: Window): void {
  let asked = false;
  let reported = false;
  let timer = 0;
  let rechecks = 0;
  let url = win.location.href;
  const observer = new (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(() => {
    // A single-page site moved to another page: look again soon, and say again what it is.
    if (win.location.href !== url) {
      url = win.location.href;
      rechecks = 0;
      reported = false;
      win.clearTimeout(timer);
      timer = 0;
    }
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
    let kind: PageKind = 'no-article';
    try {
      kind = pageKind(doc);
    } catch {
      // A hostile page's DOM: stay out.
    }
    if (kind !== 'candidate') {
      // Said once, so the panel and popup can tell the reader why nothing is highlighted.
      if (!reported) {
        reported = true;
        const report: ContentToBackground = { type: 'report-page', state: stateOf(kind, doc, win) };
        void browser.runtime.sendMessage(report).catch(() => {});
      }
      return;
    }
    asked = true;
    stop();
    const message: ContentToBackground = { type: 'page-ready' };
    void browser.runtime.sendMessage(message).catch(() => {});
  };
  ctx.onInvalidated(stop);
  check();
  if (!asked) observer.observe(doc.documentElement, { childList: true, subtree: true });
}
