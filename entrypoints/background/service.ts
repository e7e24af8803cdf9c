import type { Browser } from '../../app/browser-type';
import { analyseText } from '../../lib/analyse';
import {
  type BackgroundToUi,
  ContentToBackground,
  parseMessage,
  type TabState,
  UiToBackground,
} from '../../lib/messages';
import { createTabStore } from './tab-store';

/**
 * The background's behaviour, with the `browser` API passed in so a unit test can
 * drive it with WXT's fake browser. Every message is parsed before it is used and
 * must come from this extension.
 */
export function createBackground(browser: Browser) {
  const tabs = createTabStore(browser.storage.session);

  async function publish(tabId: number, state: TabState) {
    await tabs.set(tabId, state);
    const count = state.entities.length;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' }).catch(() => {});
    const message: BackgroundToUi = { type: 'tab-state-changed', tabId, state };
    // No listener (panel and popup closed) is normal: ignore the rejection.
    await browser.runtime.sendMessage(message).catch(() => {});
  }

  async function onContentMessage(msg: ContentToBackground, tabId: number, url: string, title: string) {
    switch (msg.type) {
      case 'analyse-text': {
        const result = analyseText(msg.text, msg.lang);
        const state: TabState = {
          url,
          title,
          status: result.article.isTechNews ? 'article' : 'not-article',
          article: result.article,
          published: null,
          entities: result.entities.map((e) => ({ id: e.id, count: e.mentions.length })),
        };
        await publish(tabId, state);
        return result;
      }
      case 'report-page':
        await publish(tabId, msg.state);
        return { ok: true };
      default:
        return null;
    }
  }

  async function onUiMessage(msg: UiToBackground) {
    switch (msg.type) {
      case 'get-tab-state':
        return (await tabs.get(msg.tabId)) ?? (await tabs.latest());
      default:
        return null;
    }
  }

  function start() {
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      // Only our own extension's pages and content scripts are listened to.
      if (sender.id !== browser.runtime.id) return undefined;
      const tab = sender.tab;
      // Extension pages (panel, popup, options) may live in a tab too: tell them
      // apart from content scripts by their URL.
      const fromExtensionPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
      if (!fromExtensionPage && tab?.id !== undefined) {
        const msg = parseMessage(ContentToBackground, raw);
        if (!msg) return undefined;
        return onContentMessage(msg, tab.id, sender.url ?? tab.url ?? '', tab.title ?? '');
      }
      const msg = parseMessage(UiToBackground, raw);
      if (!msg) return undefined;
      return onUiMessage(msg);
    });
    browser.tabs.onRemoved.addListener((tabId) => {
      void tabs.remove(tabId);
    });
  }

  return { start, onContentMessage, onUiMessage };
}
