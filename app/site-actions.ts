import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Lang, t } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import { sendToBackground } from './messaging';
import { writeSettings } from './settings';
import { setSiteEnabled } from './site-control';

/**
 * The popup's and the panel's page actions: turn Kashif on or off for the page's
 * site (asking for the host first where it is not built in) and "scan this page",
 * with a busy flag and the problem to show when one fails.
 */
export function useSiteActions(opts: {
  site: string | null;
  settings: Settings;
  /** The tab the page's messages go to. */
  tabId: number | null;
  lang: Lang;
  /** Called after an action, to read the tab's new state. */
  refresh: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (work: () => Promise<void>, failure: (e: unknown) => string) => {
    setBusy(true);
    setProblem(null);
    work()
      .then(() => opts.refresh())
      .catch((e) => setProblem(failure(e)))
      .finally(() => setBusy(false));
  };
  return {
    busy,
    problem,
    setProblem,
    /** Must be called inside the click: the permission prompt needs the user gesture. */
    changeSite(enabled: boolean) {
      const { site, settings, tabId, lang } = opts;
      if (!site) return;
      run(
        () =>
          setSiteEnabled(browser, { site, enabled, settings, tabId, save: writeSettings }).then((r) => {
            if (r === 'denied') setProblem(t(lang, 'permissionDenied'));
          }),
        (e) => t(opts.lang, 'actionFailed', String(e)),
      );
    },
    scan() {
      run(
        () => sendToBackground({ type: 'scan-tab', tabId: opts.tabId }).then(() => undefined),
        () => t(opts.lang, 'scanFailed'),
      );
    },
  };
}
