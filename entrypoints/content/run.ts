import type { Browser } from '../../app/browser-type';
import { onSettingsChanged, readSettings } from '../../app/settings';
import { type Lang, resolveLang, t } from '../../lib/i18n';
import type { EntityCardData } from '../../lib/kb/card';
import {
  type AnalysisReply,
  AnalysisReply as AnalysisReplySchema,
  BackgroundToContent,
  type ContentToBackground,
  parseMessage,
} from '../../lib/messages';
import { isSiteEnabled } from '../../lib/settings';
import { isBuiltinHost } from '../../lib/sites';
import { startPageSession } from './page-session';

type Ctx = { isInvalid: boolean; onInvalidated(cb: () => void): void };
type KashifGlobal = { __kashifForce?: boolean; __kashifSession?: ReturnType<typeof startPageSession> };

/**
 * The content script's recipe: is Kashif on here, find the article, have the
 * background match it, show the mentions, watch for changes, and undo it all when
 * the reader turns Kashif off on this site.
 */
export async function runKashifOnPage(ctx: Ctx, browser: Browser, doc: Document, win: Window) {
  const g = globalThis as KashifGlobal;
  if (g.__kashifSession) {
    // Injected again ("scan this page"): the running session rescans.
    await g.__kashifSession.rescan();
    return;
  }
  const { settings } = await readSettings();
  const forced = g.__kashifForce === true;
  if (!forced && !isSiteEnabled(win.location.hostname, settings, isBuiltinHost)) return;
  const lang: Lang = resolveLang(settings.uiLanguage, browser.i18n.getUILanguage());
  const send = (m: ContentToBackground) => browser.runtime.sendMessage(m);

  const session = startPageSession(doc, win, settings, {
    async analyse(text, pageLang, hints): Promise<AnalysisReply | null> {
      const reply = await send({ type: 'analyse-text', text, lang: pageLang, hints }).catch(() => null);
      return parseMessage(AnalysisReplySchema, reply);
    },
    async report(state) {
      await send({ type: 'report-page', state }).catch(() => {});
    },
    async card(id) {
      return ((await send({ type: 'get-card', id }).catch(() => null)) as EntityCardData | null) ?? null;
    },
    async openPanel(entityId) {
      const r = (await send({ type: 'open-panel', entityId }).catch(() => null)) as { opened?: boolean } | null;
      return { opened: r?.opened === true };
    },
    async cardUi() {
      const g2 = globalThis as { __kashifHoverCard?: (doc: Document) => import('./hover-card').HoverCardHost };
      if (!g2.__kashifHoverCard) await send({ type: 'load-card-ui' }).catch(() => null);
      return g2.__kashifHoverCard ?? null;
    },
    hint: () => t(lang, 'openSidebarHint'),
    lang: () => lang,
  });
  g.__kashifSession = session;

  const onMessage = (raw: unknown) => {
    const msg = parseMessage(BackgroundToContent, raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'focus-mention':
        session.focus(msg.entityId, msg.index);
        return Promise.resolve(true);
      case 'next-mention':
        session.step(msg.step);
        return Promise.resolve(true);
      case 'rescan':
        return session.rescan().then(() => true);
      case 'turn-off':
        stop();
        return Promise.resolve(true);
    }
  };
  // Turned off for this site from anywhere (the options page, another tab's popup): every trace goes now.
  const unwatch = onSettingsChanged((next) => {
    if (forced || isSiteEnabled(win.location.hostname, next, isBuiltinHost)) return;
    const off = { ...session.state(), status: 'off' as const, entities: [], article: null };
    stop();
    void send({ type: 'report-page', state: off }).catch(() => {}); // the badge and panel follow
  });
  const stop = () => {
    unwatch();
    session.stop();
    browser.runtime.onMessage.removeListener(onMessage);
    delete g.__kashifSession;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(stop);
  if (ctx.isInvalid) return stop();
  await session.start();
}
