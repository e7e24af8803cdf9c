import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackgroundToUi, parseMessage, type TabState, type UiToBackground } from '../lib/messages';

/** The active tab's id in the current window, or null (e.g. when the panel is a tab itself). */
async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // This page itself open in a tab (the panel opened as a page): follow the latest article instead.
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self?.id !== undefined && self.id === tab?.id) return null;
  return tab?.id ?? null;
}

/**
 * Follows the active tab's page state: asks the background once, then listens for
 * its broadcasts and for tab switches.
 */
export function useTabState(): { state: TabState | null; loading: boolean } {
  const [state, setState] = useState<TabState | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let tabId: number | null = null;
    let alive = true;
    const refresh = async () => {
      tabId = await activeTabId();
      const msg: UiToBackground = { type: 'get-tab-state', tabId };
      const reply = await browser.runtime.sendMessage(msg).catch(() => null);
      if (!alive) return;
      setState((reply as TabState | null) ?? null);
      setLoading(false);
    };
    const onMessage = (raw: unknown) => {
      const msg = parseMessage(BackgroundToUi, raw);
      if (msg?.type === 'tab-state-changed' && (tabId === null || msg.tabId === tabId)) setState(msg.state);
    };
    const onActivated = () => void refresh();
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    void refresh();
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return { state, loading };
}
