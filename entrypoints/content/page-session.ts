import { arabicRatio } from '../../lib/article/arabic-ratio';
import {
  type CollectedText,
  collectText,
  findArticleRoots,
  readPageHints,
  verdictHints,
} from '../../lib/article/extract';
import { type HighlightStyle, highlightCss } from '../../lib/article/highlight-style';
import { IntervalIndex, locate } from '../../lib/article/ranges';
import type { Lang } from '../../lib/i18n';
import type { EntityCardData } from '../../lib/kb/card';
import type { AnalysisReply, ArticleVerdict, TabState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
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

  async function scanRoot(root: Element, previous?: RootScan): Promise<RootScan> {
    const collected = collectText(root);
    const text = collected.text;
    if (previous && previous.text === text) return { ...previous, collected };
    if (arabicRatio(text) < 0.3) return { root, text, collected, reply: null };
    const extra = verdictHints(hints);
    const reply = await services.analyse(text, hints.lang, extra);
    return { root, text, collected, reply };
  }

  function place() {
    mentions = [];
    byRoot = [];
    scans.forEach((scan, r) => {
      const placed: Mention[] = [];
      if (scan.reply?.article.isTechNews) {
        for (const e of scan.reply.entities) {
          const list = settings.density === 'first' ? e.mentions.slice(0, 1) : e.mentions;
          for (const m of list) {
            const a = locate(scan.collected.segments, m.start, 'start');
            const b = locate(scan.collected.segments, m.end, 'end');
            if (!a || !b) continue;
            const range = doc.createRange();
            range.setStart(a.node, a.offset);
            range.setEnd(b.node, b.offset);
            placed.push({ entityId: e.id, style: e.style, range, root: r, start: m.start, end: m.end });
          }
        }
      }
      placed.sort((x, y) => x.start - y.start);
      mentions.push(...placed);
      byRoot.push({
        starts: segmentStarts(scan.collected.segments),
        index: new IntervalIndex(placed.map((m) => ({ start: m.start, end: m.end, item: m }))),
      });
    });
    if (mentions.length && settings.highlightStyle !== 'none') {
      installStyles(highlightCssFor(settings.highlightStyle));
      highlighter.show(mentions.map(({ entityId, style, range }): PlacedMention => ({ entityId, style, range })));
    } else highlighter.clear();
  }

  function pageState(): TabState {
    const tech = scans.filter((s) => s.reply?.article.isTechNews);
    const counts = new Map<string, number>();
    for (const s of tech)
      for (const e of s.reply!.entities) counts.set(e.id, (counts.get(e.id) ?? 0) + e.mentions.length);
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
    // A page that says it is an article (JSON-LD, og:type) may be short.
    const roots = findArticleRoots(doc, hints.isArticle ? 80 : 200);
    const prev = new Map(scans.map((s) => [s.root, s]));
    const next: RootScan[] = [];
    for (const root of roots) next.push(await scanRoot(root, prev.get(root)));
    if (stopped) return;
    scans = next;
    place();
    await services.report(pageState());
  }

  function mentionAtPoint(x: number, y: number): Mention | null {
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
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
      observer.disconnect();
      win.clearTimeout(rescanTimer);
      win.clearTimeout(openTimer);
      win.clearTimeout(closeTimer);
      if (frame) win.cancelAnimationFrame(frame);
      for (const off of listeners.splice(0)) off();
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
