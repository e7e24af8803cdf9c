import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackgroundToUi, parseMessage, type TabState, type UiToBackground } from '../lib/messages';

/** The tab an extension page follows. */
export interface FollowedTab {
  /** Null when the page is itself the active tab (the panel opened as a page): it then follows the latest article. */
  id: number | null;
  windowId: number | null;
  /** Known for sites Kashif has a host permission for, and after the reader clicked the toolbar button. */
  url: string | null;
}

export interface TabStateView {
  state: TabState | null;
  loading: boolean;
  /** The background did not answer (e.g. the extension was just updated). */
  error: boolean;
  tab: FollowedTab;
  /** The tab to address messages about this page to: the followed tab, else the latest article's tab. */
  targetTabId: number | null;
  refresh(): void;
}

/**
 * The active tab of the last focused window, unless it is this very page or
 * another of our pages (options, popup in a tab): the panel then keeps showing
 * the latest article rather than "no page".
 */
async function activeTab(): Promise<FollowedTab> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const ours = !!tab?.url?.startsWith(browser.runtime.getURL('/'));
  if (!tab || ours || (self?.id !== undefined && self.id === tab.id)) {
    return { id: null, windowId: tab?.windowId ?? null, url: null };
  }
  return { id: tab.id ?? null, windowId: tab.windowId ?? null, url: tab.url ?? null };
}

/**
 * Follows the active tab's page state: asks the background once, then listens for
 * its broadcasts and for tab switches and navigations.
 */
export function useTabState(): TabStateView {
  const [state, setState] = useState<TabState | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState(false);
  const [tab, setTab] = useState<FollowedTab>({ id: null, windowId: null, url: null });
  const [latestTabId, setLatestTabId] = useState<number | null>(null);
  const tabRef = useRef<FollowedTab>(tab);
  const refreshRef = useRef<() => void>(() => {});

  useEffect(() => {
    let alive = true;
    const follow = (t: FollowedTab) => {
      tabRef.current = t;
      setTab(t);
    };
    const refresh = async () => {
      const t = await activeTab().catch(() => ({ id: null, windowId: null, url: null }));
      if (!alive) return;
      follow(t);
      const msg: UiToBackground = { type: 'get-tab-state', tabId: t.id };
      try {
        const reply = ((await browser.runtime.sendMessage(msg)) as TabState | null) ?? null;
        if (!alive) return;
        setState(reply);
        setError(false);
        // Following the latest article from a tab of our own: find the article's tab by its URL
        // (visible for sites Kashif has a host permission for), for next/previous mention.
        if (t.id === null && reply?.url) {
          const tabs = await browser.tabs.query({}).catch(() => []);
          const match = tabs.find((x) => x.url === reply.url && x.id !== undefined);
          if (alive && match?.id !== undefined) setLatestTabId(match.id);
        }
      } catch {
        if (alive) setError(true);
      }
      if (alive) setLoading(false);
    };
    refreshRef.current = () => void refresh();
    const onMessage = (raw: unknown) => {
      const msg = parseMessage(BackgroundToUi, raw);
      if (msg?.type !== 'tab-state-changed') return;
      const followed = tabRef.current;
      if (followed.id === null) {
        // Following the latest article: remember its tab, for next/previous mention.
        setLatestTabId(msg.tabId);
        setState(msg.state);
      } else if (msg.tabId === followed.id) {
        setState(msg.state);
      }
    };
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (tabId === tabRef.current.id && (change.url || change.status === 'loading')) void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void refresh();
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  const refresh = useCallback(() => refreshRef.current(), []);
  return { state, loading, error, tab, targetTabId: tab.id ?? latestTabId, refresh };
}

/** Calls `onShow(entityId)` when the background asks the panel to show an entity of the followed tab. */
export function useShowEntity(followed: FollowedTab, onShow: (entityId: string) => void): void {
  const ref = useRef({ followed, onShow });
  ref.current = { followed, onShow };
  useEffect(() => {
    const listener = (raw: unknown) => {
      const msg = parseMessage(BackgroundToUi, raw);
      if (msg?.type !== 'show-entity') return;
      const { followed: f, onShow: show } = ref.current;
      if (f.id === null || f.id === msg.tabId) show(msg.entityId);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}
