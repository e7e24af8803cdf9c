import type { Browser } from '../../app/browser-type';
import { PENDING_LOOKUP_KEY } from '../../app/pending-lookup';
import {
  type BackgroundToContent,
  type BackgroundToUi,
  ContentToBackground,
  parseMessage,
  type TabState,
  UiToBackground,
} from '../../lib/messages';
import { isSiteEnabled, parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { isBuiltinHost, matchPatternsFor } from '../../lib/sites';
import { createEngine } from './engine';
import { createTabStore } from './tab-store';

type ChromeSidePanel = {
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
};
type FirefoxSidebar = { isOpen(o: { windowId?: number }): Promise<boolean>; open(): Promise<void> };

/** The small content script registered for listed and reader-added sites (the gate). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Kashif on an article page, injected on demand (entrypoints/kashif-page.ts). */
export const PAGE_SCRIPT_FILE = '/kashif-page.js';
const USER_SITES_SCRIPT_ID = 'kashif-user-sites';
/** The hover card's UI (an unlisted script), injected into article pages on first use. */
export const HOVER_CARD_FILE = '/hover-card.js';
const LOOKUP_MENU_ID = 'kashif-lookup';

/**
 * The background's behaviour, with the `browser` API passed in so a unit test can
 * drive it with WXT's fake browser. Every message is parsed before it is used and
 * must come from this extension.
 */
export function createBackground(browser: Browser, chromeApi?: { sidePanel?: ChromeSidePanel }) {
  const tabs = createTabStore(browser.storage.session);
  const engine = createEngine();
  const sidePanel = chromeApi?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

  async function broadcast(message: BackgroundToUi) {
    // No listener (panel and popup closed) is normal.
    await browser.runtime.sendMessage(message).catch(() => {});
  }

  async function publish(tabId: number, state: TabState) {
    await tabs.set(tabId, state);
    const count = state.status === 'article' ? state.entities.length : 0;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' }).catch(() => {});
    if (sidePanel && state.status === 'article') {
      await sidePanel.setOptions({ tabId, path: 'sidepanel.html', enabled: true }).catch(() => {});
    }
    await broadcast({ type: 'tab-state-changed', tabId, state });
  }

  async function sendToTab(tabId: number, message: BackgroundToContent): Promise<boolean> {
    try {
      await browser.tabs.sendMessage(tabId, message);
      return true;
    } catch {
      return false;
    }
  }

  /** The stored settings as read (not yet validated); rejects when storage cannot be read. */
  async function storedSettings(): Promise<unknown> {
    return ((await browser.storage.sync.get(SETTINGS_KEY)) as Record<string, unknown>)[SETTINGS_KEY];
  }

  async function activeTabId(tabId: number | null): Promise<number | null> {
    if (tabId !== null) return tabId;
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  }

  /** Injects the content script into a tab once, even on a site that is not enabled. */
  async function scanTab(tabId: number) {
    if (await sendToTab(tabId, { type: 'rescan' })) return;
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as { __kashifForce?: boolean }).__kashifForce = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT_FILE] });
  }

  /** Reader-added sites get the content script registered for them (never throws). */
  async function syncUserSites(settings: Settings) {
    try {
      await registerUserSites(settings);
    } catch {
      // A browser without dynamic content scripts: added sites work through "scan this page".
    }
  }

  async function registerUserSites(settings: Settings) {
    const scripting = browser.scripting as unknown as {
      getRegisteredContentScripts?(f: { ids: string[] }): Promise<unknown[]>;
      unregisterContentScripts?(f: { ids: string[] }): Promise<void>;
      registerContentScripts?(s: unknown[]): Promise<void>;
    };
    if (!scripting.registerContentScripts) return;
    const sites = settings.addedSites.filter((h) => !isBuiltinHost(h));
    const existing =
      (await scripting.getRegisteredContentScripts?.({ ids: [USER_SITES_SCRIPT_ID] }).catch(() => [])) ?? [];
    if (existing.length) await scripting.unregisterContentScripts?.({ ids: [USER_SITES_SCRIPT_ID] }).catch(() => {});
    if (!sites.length) return;
    await scripting
      .registerContentScripts([
        {
          id: USER_SITES_SCRIPT_ID,
          matches: matchPatternsFor(sites),
          js: [CONTENT_SCRIPT_FILE],
          runAt: 'document_idle',
        },
      ])
      .catch(() => {});
  }

  async function openPanel(tabId: number, windowId: number | undefined, entityId: string | null) {
    if (sidePanel) {
      // Chrome: open() must come first, while the click's user gesture still counts.
      const opening = sidePanel.open({ tabId }).then(
        () => true,
        () => false,
      );
      const opened = await opening;
      if (entityId) await broadcast({ type: 'show-entity', tabId, entityId });
      return { opened };
    }
    // Firefox: a click relayed from a page is not a user action; the sidebar can
    // only be updated when it is already open.
    const open = sidebar ? await sidebar.isOpen({ windowId }).catch(() => false) : false;
    if (open && entityId) await broadcast({ type: 'show-entity', tabId, entityId });
    return { opened: open };
  }

  async function onContentMessage(msg: ContentToBackground, tabId: number, windowId: number | undefined, url = '') {
    switch (msg.type) {
      case 'analyse-text':
        return engine.analyse(msg.text, msg.lang, msg.hints);
      case 'report-page':
        await publish(tabId, msg.state);
        return { ok: true };
      case 'get-card':
        return engine.card(msg.id);
      case 'page-ready': {
        // Sites turned off get nothing more (the page script would check again anyway).
        const { settings } = parseSettings(await storedSettings().catch(() => undefined));
        if (!isSiteEnabled(hostnameOf(url), settings, isBuiltinHost)) return false;
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_SCRIPT_FILE] });
        return true;
      }
      case 'load-card-ui':
        await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [HOVER_CARD_FILE] });
        return true;
      case 'open-panel':
        return openPanel(tabId, windowId, msg.entityId);
    }
  }

  async function onUiMessage(msg: UiToBackground) {
    switch (msg.type) {
      case 'get-tab-state': {
        const id = await activeTabId(msg.tabId);
        return (await tabs.get(id)) ?? (msg.tabId === null ? await tabs.latest() : null);
      }
      case 'focus-mention': {
        const id = await activeTabId(msg.tabId);
        if (id === null) return false;
        return sendToTab(id, { type: 'focus-mention', entityId: msg.entityId, index: msg.index });
      }
      case 'scan-tab': {
        const id = await activeTabId(msg.tabId);
        if (id !== null) await scanTab(id);
        return true;
      }
      case 'site-changed': {
        const id = await activeTabId(msg.tabId);
        if (id === null) return false;
        if (msg.enabled) await scanTab(id);
        else {
          await sendToTab(id, { type: 'turn-off' });
          const prev = await tabs.get(id);
          await publish(id, { ...(prev ?? emptyState()), status: 'off', entities: [], article: null });
        }
        return true;
      }
    }
  }

  function start() {
    browser.runtime.onMessage.addListener(
      (raw: unknown, sender: { id?: string; url?: string; tab?: { id?: number; windowId?: number } }) => {
        // Only our own extension's pages and content scripts are listened to.
        if (sender.id !== browser.runtime.id) return undefined;
        // Extension pages (panel, popup, options) may live in a tab too: tell them
        // apart from content scripts by their URL.
        const fromExtensionPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
        const tab = sender.tab;
        if (!fromExtensionPage && tab?.id !== undefined) {
          const msg = parseMessage(ContentToBackground, raw);
          return msg ? onContentMessage(msg, tab.id, tab.windowId, sender.url ?? '') : undefined;
        }
        const msg = parseMessage(UiToBackground, raw);
        return msg ? onUiMessage(msg) : undefined;
      },
    );
    browser.tabs.onRemoved.addListener((tabId: number) => {
      void tabs.remove(tabId);
    });
    browser.commands?.onCommand.addListener((command: string, tab?: { id?: number; windowId?: number }) => {
      void (async () => {
        const id = tab?.id ?? (await activeTabId(null));
        if (id === null || id === undefined) return;
        if (command === 'open-panel') await openPanel(id, tab?.windowId, null);
        else if (command === 'next-mention' || command === 'prev-mention')
          await sendToTab(id, { type: 'next-mention', step: command === 'next-mention' ? 1 : -1 });
      })();
    });
    // "Look up in Kashif" on a selection: the popup shows the card for the selected text.
    const menus = (browser as unknown as { contextMenus?: typeof browser.contextMenus }).contextMenus;
    browser.runtime.onInstalled.addListener(() => {
      menus?.create({ id: LOOKUP_MENU_ID, title: browser.i18n.getMessage('menuLookUp'), contexts: ['selection'] });
    });
    menus?.onClicked.addListener((info: { menuItemId: string | number; selectionText?: string }) => {
      if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText) return;
      // openPopup() first, while the click still counts as a user action.
      const opening = (browser.action as unknown as { openPopup?: () => Promise<void> }).openPopup?.();
      void browser.storage.session.set({ [PENDING_LOOKUP_KEY]: info.selectionText.slice(0, 200) });
      void opening?.catch(() => browser.tabs.create({ url: browser.runtime.getURL('/popup.html') }));
    });
    const applySettings = (raw: unknown) => {
      const { settings } = parseSettings(raw);
      engine.setUserAliases(settings.userAliases);
      void syncUserSites(settings);
    };
    // Unreadable storage changes nothing (the reader's sites stay registered).
    void storedSettings()
      .then(applySettings)
      .catch(() => {});
    browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && SETTINGS_KEY in changes) applySettings(changes[SETTINGS_KEY]?.newValue);
    });
  }

  return { start, onContentMessage, onUiMessage, publish };
}

function emptyState(): TabState {
  return { url: '', title: '', status: 'off', article: null, published: null, entities: [] };
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
