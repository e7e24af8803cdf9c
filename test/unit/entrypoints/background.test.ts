import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '../../../app/browser-type';
import { createBackground } from '../../../entrypoints/background/service';
import type { TabState } from '../../../lib/messages';

const FOUNDING =
  'OpenAI تفتح مصدر نماذجها. أصدرت "OpenAI" نموذجي "gpt-oss-120b" و"gpt-oss-20b" مفتوحي المصدر، وسبقتها شركة "ميتا" بنماذج "LLaMA"، في سياق الذكاء الاصطناعي والنماذج اللغوية والتقنية.';

function makeBrowser() {
  fakeBrowser.reset();
  const badge = new Map<number, string>();
  const b = fakeBrowser as unknown as Browser & Record<string, unknown>;
  // The fake lacks these: record what the background asks of them.
  (b as { action: unknown }).action = {
    setBadgeText: vi.fn(async ({ tabId, text }: { tabId: number; text: string }) => void badge.set(tabId, text)),
    setBadgeBackgroundColor: vi.fn(async () => {}),
  };
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn() });
  (b as { commands: unknown }).commands = { onCommand: event() };
  (b as { contextMenus: unknown }).contextMenus = { create: vi.fn(), onClicked: event() };
  return { b, badge };
}

describe('background', () => {
  let env: ReturnType<typeof makeBrowser>;
  beforeEach(() => {
    env = makeBrowser();
  });

  it('analyses text from a content script and answers with mentions and styles', async () => {
    const bg = createBackground(env.b);
    const reply = (await bg.onContentMessage(
      { type: 'analyse-text', text: FOUNDING, lang: 'ar', hints: [] },
      7,
      1,
    )) as {
      article: { isTechNews: boolean };
      entities: Array<{ id: string; style: string; spans: number[] }>;
    };
    expect(reply.article.isTechNews).toBe(true);
    const openai = reply.entities.find((e) => e.id === 'openai');
    expect(openai?.style).toBe('org');
    const spans = openai?.spans ?? [];
    expect(spans.length).toBe(4);
    expect([FOUNDING.slice(spans[0], spans[1]), FOUNDING.slice(spans[2], spans[3])]).toEqual(['OpenAI', 'OpenAI']);
  });

  it('keeps a tab state across a service-worker restart and sets the badge', async () => {
    const state: TabState = {
      url: 'https://www.alsawsana.com/a',
      title: 't',
      status: 'article',
      article: { language: 'ar', isTechNews: true, score: 10, reasons: [] },
      published: null,
      entities: [
        { id: 'openai', count: 3 },
        { id: 'meta', count: 1 },
      ],
    };
    await createBackground(env.b).onContentMessage({ type: 'report-page', state }, 5, 1);
    expect(env.badge.get(5)).toBe('2');
    // A new background (the worker was stopped and started again) reads the same state.
    const restarted = createBackground(env.b);
    expect(await restarted.onUiMessage({ type: 'get-tab-state', tabId: 5 })).toEqual(state);
  });

  it('ignores foreign and malformed messages (fuzz)', async () => {
    const bg = createBackground(env.b);
    bg.start();
    const listeners = (env.b.runtime.onMessage as unknown as { trigger(...a: unknown[]): Promise<unknown[]> }).trigger;
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom('other-extension', undefined), async (msg, id) => {
        const results = await listeners(msg, { id, tab: { id: 1 } });
        expect(results.every((r) => r === undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (msg) => {
        // From our own extension, but not a valid message: dropped, nothing acted on.
        const results = await listeners(msg, { id: env.b.runtime.id, tab: { id: 1 }, url: 'https://x.example/' });
        expect(results.every((r) => r === undefined)).toBe(true);
      }),
      { numRuns: 700 },
    );
    expect(env.badge.size).toBe(0);
  });
});

describe('opening the panel from a click on the page', () => {
  it('Chrome: sidePanel.open() is called before anything else is awaited (user-gesture rule)', async () => {
    const env = makeBrowser();
    const order: string[] = [];
    const sidePanel = {
      open: vi.fn(async () => void order.push('open')),
      setOptions: vi.fn(async () => {}),
    };
    const sendMessage = env.b.runtime.sendMessage;
    (env.b.runtime as { sendMessage: unknown }).sendMessage = vi.fn(async (m: unknown) => {
      order.push(`broadcast ${(m as { type: string }).type}`);
      return sendMessage(m).catch(() => undefined);
    });
    const bg = createBackground(env.b, { sidePanel });
    const pending = bg.onContentMessage({ type: 'open-panel', entityId: 'openai' }, 3, 1);
    // Synchronously, before the handler awaited anything, open() has been called.
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 3 });
    expect(await pending).toEqual({ opened: true });
    expect(order).toEqual(['open', 'broadcast show-entity']);
  });

  it('Firefox: a relayed click cannot open the sidebar; an open sidebar is updated, a closed one is not', async () => {
    for (const open of [true, false]) {
      const env = makeBrowser();
      const broadcasts: unknown[] = [];
      (env.b.runtime as { sendMessage: unknown }).sendMessage = vi.fn(async (m: unknown) => void broadcasts.push(m));
      const sidebarAction = { isOpen: vi.fn(async () => open), open: vi.fn(async () => {}) };
      (env.b as unknown as { sidebarAction: unknown }).sidebarAction = sidebarAction;
      const bg = createBackground(env.b);
      expect(await bg.onContentMessage({ type: 'open-panel', entityId: 'meta' }, 4, 2)).toEqual({ opened: open });
      expect(sidebarAction.open).not.toHaveBeenCalled();
      expect(broadcasts).toEqual(open ? [{ type: 'show-entity', tabId: 4, entityId: 'meta' }] : []);
    }
  });

  it('brings the page script into a tab whose gate saw an article, unless the site is turned off', async () => {
    const env = makeBrowser();
    const executeScript = vi.fn(async () => []);
    (env.b as { scripting: unknown }).scripting = { executeScript };
    const bg = createBackground(env.b);
    expect(await bg.onContentMessage({ type: 'page-ready' }, 9, 1, 'https://www.aljazeera.net/news/1')).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 9, frameIds: [0] }, files: ['/kashif-page.js'] });
    executeScript.mockClear();
    // Not a listed site, and a listed site the reader turned off: nothing is injected.
    expect(await bg.onContentMessage({ type: 'page-ready' }, 9, 1, 'https://example.org/a')).toBe(false);
    await env.b.storage.sync.set({ 'kashif.settings': { version: 2, disabledSites: ['aljazeera.net'] } });
    expect(await bg.onContentMessage({ type: 'page-ready' }, 9, 1, 'https://www.aljazeera.net/news/1')).toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
