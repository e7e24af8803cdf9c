// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type TabStateView, useShowEntity, useTabState } from '../../../app/tab-state';
import type { TabState } from '../../../lib/messages';

const STATE: TabState = {
  url: 'https://www.alsawsana.com/a',
  title: 'مقال',
  status: 'article',
  article: { language: 'ar', isTechNews: true, score: 9, reasons: [] },
  published: '2025-08-19',
  entities: [{ id: 'openai', count: 6 }],
};

let view: TabStateView | null = null;
const shown: string[] = [];
function Probe() {
  view = useTabState();
  useShowEntity(view.tab, (id) => shown.push(id));
  return null;
}

/** Delivers a broadcast as the background would (sender, sendResponse). */
const trigger = (message: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
let container: HTMLElement;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  view = null;
  shown.length = 0;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function stubTabs(active: { id: number; windowId: number; url?: string }, self?: number) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([active] as never);
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue((self === undefined ? undefined : { id: self }) as never);
}

describe('useTabState', () => {
  it('asks the background about the active tab, then follows its broadcasts only', async () => {
    stubTabs({ id: 7, windowId: 2, url: STATE.url });
    const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(STATE as never);
    await act(async () => render(<Probe />, container));
    await flush();
    expect(asked).toHaveBeenCalledWith({ type: 'get-tab-state', tabId: 7 });
    expect(view!.state).toEqual(STATE);
    expect(view!.tab).toEqual({ id: 7, windowId: 2, url: STATE.url });
    expect(view!.targetTabId).toBe(7);
    await act(async () => {
      await trigger({ type: 'tab-state-changed', tabId: 8, state: { ...STATE, title: 'other tab' } }, {});
    });
    expect(view!.state?.title).toBe('مقال');
    await act(async () => {
      await trigger({ type: 'tab-state-changed', tabId: 7, state: { ...STATE, title: 'new' } }, {});
    });
    expect(view!.state?.title).toBe('new');
    // Foreign or malformed broadcasts change nothing.
    await act(async () => {
      await trigger({ type: 'tab-state-changed', tabId: 7, state: { evil: true } }, {});
    });
    expect(view!.state?.title).toBe('new');
  });

  it('as a page in a tab of its own: follows the latest article and remembers its tab', async () => {
    stubTabs({ id: 3, windowId: 1 }, 3);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null as never);
    await act(async () => render(<Probe />, container));
    await flush();
    expect(view!.tab.id).toBeNull();
    expect(view!.targetTabId).toBeNull();
    await act(async () => {
      await trigger({ type: 'tab-state-changed', tabId: 12, state: STATE }, {});
    });
    expect(view!.state).toEqual(STATE);
    expect(view!.targetTabId).toBe(12);
    await act(async () => {
      await trigger({ type: 'show-entity', tabId: 12, entityId: 'openai' }, {});
    });
    expect(shown).toEqual(['openai']);
  });

  it('another of our pages in the active tab (options, popup in a tab) counts as "no page": latest article', async () => {
    stubTabs({ id: 5, windowId: 1, url: fakeBrowser.runtime.getURL('/options.html') });
    const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(STATE as never);
    vi.spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValueOnce([{ id: 5, windowId: 1, url: fakeBrowser.runtime.getURL('/options.html') }] as never)
      .mockResolvedValueOnce([{ id: 5 }, { id: 11, url: STATE.url }] as never);
    await act(async () => render(<Probe />, container));
    await flush();
    expect(asked).toHaveBeenCalledWith({ type: 'get-tab-state', tabId: null });
    // The article's tab is found by its URL, so next/previous mention reach it.
    expect(view!.targetTabId).toBe(11);
  });

  it('reports an error when the background does not answer', async () => {
    stubTabs({ id: 7, windowId: 2 });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await act(async () => render(<Probe />, container));
    await flush();
    expect(view!.error).toBe(true);
    expect(view!.loading).toBe(false);
  });

  it('shows an entity only for the followed tab', async () => {
    stubTabs({ id: 7, windowId: 2 });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(STATE as never);
    await act(async () => render(<Probe />, container));
    await flush();
    await act(async () => {
      await trigger({ type: 'show-entity', tabId: 9, entityId: 'meta' }, {});
      await trigger({ type: 'show-entity', tabId: 7, entityId: 'gpt-4' }, {});
    });
    expect(shown).toEqual(['gpt-4']);
  });
});
