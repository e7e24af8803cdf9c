import { arabicRatio } from '../../lib/article/arabic-ratio';
import {
  articlesOf,
  type CollectedText,
  collectArticleSteps,
  readPageHints,
  verdictHints,
} from '../../lib/article/extract';
import { type HighlightStyle, highlightCss } from '../../lib/article/highlight-style';
import { IntervalIndex, locate } from '../../lib/article/ranges';
import type { Lang } from '../../lib/i18n';
import type { EntityCardData } from '../../lib/kb/card';
import type { AnalysisReply, ArticleVerdict, TabState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { runSliced } from '../../lib/slice';
import { createApiHighlighter, type Highlighter, hasHighlightApi, type PlacedMention } from './highlighter';
import { caretAt, segmentStarts } from './hit-test';
import type { HoverCardHost, HoverCardProps } from './hover-card';
import { createWrapHighlighter } from './wrap-highlighter';

/** What the page session needs from the extension (the background, via messages). */
export interface PageServices {
  analyse(text: string, lang: string | null, hints: string[]): Promise<AnalysisReply | null>;
  report(state: TabState): Promise<void>;
  card(id: string): Promise<EntityCardData | null>;
  openPanel(entityId: string): Promise<{ opened: boolean }>;
  /** The hover card's UI, loaded on first use (null if it cannot be). */
  cardUi(): Promise<((doc: Document) => HoverCardHost) | null>;
  hint(): string;
  lang(): Lang;
}

interface RootScan {
  /** The article's first part (its key between two scans). */
  root: Element;
  text: string;
  collected: CollectedText;
  reply: AnalysisReply | null;
}

interface Mention {
  entityId: string;
  style: HighlightStyle;
  range: Range;
  root: number;
  start: number;
  end: number;
}

/** Longest stretch of our work between two pauses on a huge page (the budget is 50 ms per task). */
const SLICE_MS = 12;
/** Texts longer than this (~10,000 words) get pauses around their message to the background. */
const LONG_TEXT = 60_000;
/** Mentions placed between two checks of the slice's clock. */
const MENTIONS_PER_STEP = 256;

/** Pages naming more mentions than this highlight only those near the viewport. */
const VIRTUAL_FROM = 1500;

/**
 * Which mentions are near the viewport (two screens above and below), by an
 * IntersectionObserver on the elements holding them: no layout is forced, and
 * the callback says which to highlight whenever that changes.
 */
function createNearViewport(win: Window) {
  const IO = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  let observer: IntersectionObserver | null = null;
  return {
    available: typeof IO === 'function',
    follow<M extends { range: Range }>(mentions: M[], show: (near: M[]) => void) {
      observer?.disconnect();
      const byElement = new Map<Element, M[]>();
      for (const m of mentions) {
        const el = m.range.startContainer.parentElement;
        if (!el) continue;
        const list = byElement.get(el);
        if (list) list.push(m);
        else byElement.set(el, [m]);
      }
      const near = new Set<Element>();
      observer = new IO!(
        (entries) => {
          for (const e of entries) {
            if (e.isIntersecting) near.add(e.target);
            else near.delete(e.target);
          }
          show([...near].flatMap((el) => byElement.get(el) ?? []));
        },
        { rootMargin: '200% 0px' },
      );
      for (const el of byElement.keys()) observer.observe(el);
    },
    stop() {
      observer?.disconnect();
      observer = null;
    },
  };
}

/** Mutations are batched: at least 250 ms after the last one. */
const RESCAN_DEBOUNCE_MS = 300;
const MAX_RESCAN_WAIT_MS = 2000;

/**
 * Kashif on one page: finds the article, has it matched, highlights the mentions,
 * shows cards on hover, follows changes. `stop()` removes every trace.
 */
export function startPageSession(doc: Document, win: Window, settings: Settings, services: PageServices) {
  const highlighter: Highlighter = hasHighlightApi(win) ? createApiHighlighter(win) : createWrapHighlighter(doc);
  // The card's UI (Preact and the shared card) is not in the content script: it is loaded
  // into this page only when a card is first shown, so pages that are not articles pay nothing.
  let cardHost: HoverCardHost | null = null;
  const card = {
    show(props: HoverCardProps, anchor: DOMRect, focus: boolean) {
      void services.cardUi().then((create) => {
        if (stopped || !create) return;
        cardHost ??= create(doc);
        cardHost.show(props, anchor, focus);
      });
    },
    hide: () => cardHost?.hide(),
    contains: (n: EventTarget | null) => cardHost?.contains(n) ?? false,
    remove() {
      cardHost?.remove();
      cardHost = null;
    },
  };
  let scans: RootScan[] = [];
  let mentions: Mention[] = [];
  let byRoot: Array<{ starts: Map<Node, number>; index: IntervalIndex<Mention> }> = [];
  let focusIndex = -1;
  let stopped = false;
  let styleSheet: CSSStyleSheet | HTMLStyleElement | null = null;
  let lastUrl = win.location.href;
  const hints = readPageHints(doc);
  const listeners: Array<() => void> = [];

  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) => {
    doc.addEventListener(type, fn as EventListener, { passive: true, capture: true });
    listeners.push(() => doc.removeEventListener(type, fn as EventListener, { capture: true }));
  };

  function installStyles(css: string) {
    if (styleSheet || settings.highlightStyle === 'none') return;
    // A constructed sheet in adoptedStyleSheets changes no element of the page.
    try {
      const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      styleSheet = sheet;
    } catch {
      const el = doc.createElement('style');
      el.setAttribute('data-kashif', '');
      el.textContent = css;
      (doc.head ?? doc.documentElement).append(el);
      styleSheet = el;
    }
  }

  function removeStyles() {
    if (!styleSheet) return;
    if ('ownerNode' in styleSheet && !(styleSheet instanceof HTMLElement)) {
      const sheet = styleSheet;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } else (styleSheet as HTMLStyleElement).remove();
    styleSheet = null;
  }

  const placedOf = (list: Mention[]) =>
    list.map(({ entityId, style, range }): PlacedMention => ({ entityId, style, range }));
  const nearViewport = createNearViewport(win);
  /**
   * Up to VIRTUAL_FROM mentions are all highlighted. Beyond (a very long page), only
   * those within two screens of the viewport are, following the scroll: the browser
   * repaints every highlighted range of the page when highlights change, which on a
   * 300,000-word page with 14,000 mentions costs a frame of ~300 ms.
   */
  function showHighlights() {
    if (mentions.length <= VIRTUAL_FROM || highlighter.kind !== 'highlight-api' || !nearViewport.available) {
      nearViewport.stop();
      highlighter.show(placedOf(mentions));
      return;
    }
    nearViewport.follow(mentions, (near) => highlighter.show(placedOf(near)));
  }

  // Each scan has a number: a newer scan (the page changed again) or stop() makes an older one give up.
  let generation = 0;
  const isCurrent = (gen: number) => !stopped && gen === generation;
  /**
   * A pause that lets the page's own tasks, input and rendering run: a message to
   * ourselves queues behind them (timers would be throttled in background tabs, and
   * scheduler.yield() would run us again ahead of the page's tasks).
   */
  const pause = (): Promise<void> =>
    new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  const sliced = <T>(steps: Generator<unknown, T, void>, gen: number) =>
    runSliced(steps, {
      budgetMs: SLICE_MS,
      now: () => win.performance.now(),
      pause,
      cancelled: () => !isCurrent(gen),
    });

  /** One article: its parts (a headline apart from its body, a thread's posts) read and judged as one text. */
  async function scanRoot(parts: Element[], gen: number, previous?: RootScan): Promise<RootScan | null> {
    const root = parts[0]!;
    const collected = await sliced(collectArticleSteps(parts), gen);
    if (!collected) return null;
    const text = collected.text;
    if (previous && previous.text === text) return { ...previous, collected };
    if (arabicRatio(text) < 0.3) return { root, text, collected, reply: null };
    const extra = verdictHints(hints);
    // Sending a long text and reading the reply each take a task of their own, apart from
    // the collecting before and the placing after.
    if (text.length > LONG_TEXT) await pause();
    const reply = await services.analyse(text, hints.lang, extra);
    if (text.length > LONG_TEXT) await pause();
    return { root, text, collected, reply };
  }

  /** Builds the ranges of every mention (in steps: a huge page has tens of thousands), then shows them. */
  function* place(): Generator<void, void, void> {
    const nextMentions: Mention[] = [];
    const nextByRoot: typeof byRoot = [];
    let made = 0;
    for (const [r, scan] of scans.entries()) {
      const placed: Mention[] = [];
      if (scan.reply?.article.isTechNews) {
        for (const e of scan.reply.entities) {
          const count = settings.density === 'first' ? Math.min(2, e.spans.length) : e.spans.length;
          for (let k = 0; k < count; k += 2) {
            if (++made % MENTIONS_PER_STEP === 0) yield;
            const start = e.spans[k]!;
            const end = e.spans[k + 1]!;
            const a = locate(scan.collected.segments, start, 'start');
            const b = locate(scan.collected.segments, end, 'end');
            if (!a || !b) continue;
            const range = doc.createRange();
            range.setStart(a.node, a.offset);
            range.setEnd(b.node, b.offset);
            placed.push({ entityId: e.id, style: e.style, range, root: r, start, end });
          }
        }
      }
      placed.sort((x, y) => x.start - y.start);
      for (const m of placed) nextMentions.push(m);
      nextByRoot.push({
        starts: segmentStarts(scan.collected.segments),
        index: new IntervalIndex(placed.map((m) => ({ start: m.start, end: m.end, item: m }))),
      });
      yield;
    }
    mentions = nextMentions;
    byRoot = nextByRoot;
    if (mentions.length && settings.highlightStyle !== 'none') {
      installStyles(highlightCssFor(settings.highlightStyle));
      showHighlights();
    } else {
      nearViewport.stop();
      highlighter.clear();
    }
  }

  function pageState(): TabState {
    const tech = scans.filter((s) => s.reply?.article.isTechNews);
    const counts = new Map<string, number>();
    for (const s of tech)
      for (const e of s.reply!.entities) counts.set(e.id, (counts.get(e.id) ?? 0) + e.spans.length / 2);
    const article: ArticleVerdict | null = (tech[0] ?? scans.find((s) => s.reply))?.reply?.article ?? null;
    return {
      url: win.location.href,
      title: doc.title.slice(0, 1000),
      status: tech.length ? 'article' : 'not-article',
      article,
      published: hints.published,
      entities: [...counts].map(([id, count]) => ({ id, count })),
    };
  }

  async function scanAll() {
    const gen = ++generation;
    const articles = articlesOf(doc, hints);
    const prev = new Map(scans.map((s) => [s.root, s]));
    const next: RootScan[] = [];
    for (const parts of articles) {
      const scan = await scanRoot(parts, gen, prev.get(parts[0]!));
      if (!scan || !isCurrent(gen)) return;
      next.push(scan);
    }
    if (!isCurrent(gen)) return;
    scans = next;
    if ((await sliced(place(), gen)) === null || !isCurrent(gen)) return;
    await services.report(pageState());
  }

  function mentionAtPoint(x: number, y: number): Mention | null {
    const caret = caretAt(doc, x, y);
    if (caret?.node.nodeType !== 3) return null;
    for (const r of byRoot) {
      const base = r.starts.get(caret.node);
      if (base === undefined) continue;
      const offset = base + caret.offset;
      const m = r.index.at(offset) ?? r.index.at(offset - 1);
      if (!m) return null;
      const rect = m.range.getBoundingClientRect();
      return x >= rect.left - 2 && x <= rect.right + 2 && y >= rect.top - 2 && y <= rect.bottom + 2 ? m : null;
    }
    return null;
  }

  // Hover and focus: open after the reader's delay, close a little after leaving.
  let openTimer = 0;
  let closeTimer = 0;
  let shown: Mention | null = null;
  let pending: Mention | null = null;
  let frame = 0;

  async function showCard(m: Mention, focus: boolean) {
    const data = await services.card(m.entityId);
    if (!data || stopped) return;
    shown = m;
    card.show(
      {
        lang: services.lang(),
        digits: settings.digits,
        card: data,
        style: m.style,
        hint: null,
        onMore: async () => {
          const { opened } = await services.openPanel(m.entityId);
          if (!opened && shown === m)
            card.show(
              {
                lang: services.lang(),
                digits: settings.digits,
                card: data,
                style: m.style,
                hint: services.hint(),
                onMore: () => {},
                onClose: hideCard,
              },
              m.range.getBoundingClientRect(),
              true,
            );
        },
        onClose: hideCard,
      },
      m.range.getBoundingClientRect(),
      focus,
    );
  }
  function hideCard() {
    shown = null;
    card.hide();
  }

  if (settings.hoverCard) {
    on('pointermove', (e) => {
      if (frame || !mentions.length) return;
      const { clientX, clientY, target } = e;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (card.contains(target)) {
          win.clearTimeout(closeTimer);
          return;
        }
        const m = mentionAtPoint(clientX, clientY);
        if (m && m === shown) {
          win.clearTimeout(closeTimer);
          return;
        }
        if (m !== pending) {
          pending = m;
          win.clearTimeout(openTimer);
          if (m) openTimer = win.setTimeout(() => void showCard(m, false), settings.hoverDelayMs);
        }
        if (!m && shown) {
          win.clearTimeout(closeTimer);
          closeTimer = win.setTimeout(hideCard, 300);
        }
      });
    });
  }
  on('click', (e) => {
    const m = mentionAtPoint(e.clientX, e.clientY);
    // A click on a mention (not on a link) opens the panel on it; Chrome needs the gesture now.
    if (m && !(e.target as Element | null)?.closest?.('a')) void services.openPanel(m.entityId);
  });
  on('keydown', (e) => {
    if (e.key === 'Escape' && shown) hideCard();
  });

  /** Moves keyboard focus to the next or previous mention and opens its card. */
  function step(delta: 1 | -1) {
    if (!mentions.length) return;
    focusIndex = (focusIndex + delta + mentions.length) % mentions.length;
    focusMention(mentions[focusIndex]!);
  }
  function focusMention(m: Mention) {
    highlighter.focus(m.range);
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
    void showCard(m, true);
  }

  // Pages that change: rescan (debounced) what changed; follow single-page navigation.
  let rescanTimer = 0;
  let firstPending = 0;
  const observer = new (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver((records) => {
    if (records.every((r) => isOurs(r.target))) return;
    win.clearTimeout(rescanTimer);
    // Debounced, but a page that never stops changing (a live ticker) is still
    // rescanned every MAX_RESCAN_WAIT_MS.
    const now = win.performance.now();
    if (!firstPending) firstPending = now;
    const wait = Math.max(0, Math.min(RESCAN_DEBOUNCE_MS, MAX_RESCAN_WAIT_MS - (now - firstPending)));
    rescanTimer = win.setTimeout(() => {
      firstPending = 0;
      if (win.location.href !== lastUrl) {
        lastUrl = win.location.href;
        scans = [];
      }
      void scanAll();
    }, wait);
  });
  const isOurs = (n: Node) => card.contains(n) || (n instanceof Element && n.hasAttribute('data-kashif'));

  return {
    async start() {
      await scanAll();
      if (!stopped) observer.observe(doc, { childList: true, subtree: true, characterData: true });
    },
    rescan: () => scanAll(),
    step,
    focus(entityId: string, index: number) {
      const list = mentions.filter((m) => m.entityId === entityId);
      const m = list[Math.min(index, list.length - 1)];
      if (m) {
        focusIndex = mentions.indexOf(m);
        focusMention(m);
      }
    },
    /** Test and diagnostics view of what is highlighted. */
    snapshot: () => mentions.map((m) => ({ entityId: m.entityId, style: m.style, text: m.range.toString() })),
    state: () => pageState(),
    stop() {
      stopped = true;
      generation++;
      observer.disconnect();
      win.clearTimeout(rescanTimer);
      win.clearTimeout(openTimer);
      win.clearTimeout(closeTimer);
      if (frame) win.cancelAnimationFrame(frame);
      for (const off of listeners.splice(0)) off();
      nearViewport.stop();
      highlighter.clear();
      removeStyles();
      card.remove();
      mentions = [];
      scans = [];
    },
  };
}

function highlightCssFor(style: Settings['highlightStyle']): string {
  return highlightCss(style === 'underline' ? 'underline' : 'background');
}
