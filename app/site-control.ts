import { originPatternOf } from '../lib/format/host';
import type { UiToBackground } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { isBuiltinHost } from '../lib/sites';
import type { Browser } from './browser-type';
import { withSiteEnabled } from './site-settings';

export type SiteChange = 'changed' | 'denied';

/**
 * Turns Kashif on or off for a site from a click. The host permission request
 * happens first and synchronously: browsers grant a permission prompt only
 * while the click's user action lasts, which ends at the first `await`
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/permissions/request).
 * Then the settings are saved and the background told, which scans or clears the tab.
 */
export function setSiteEnabled(
  b: Browser,
  opts: {
    site: string;
    enabled: boolean;
    settings: Settings;
    tabId: number | null;
    save: (s: Settings) => Promise<unknown>;
  },
): Promise<SiteChange> {
  const needsPermission = opts.enabled && !isBuiltinHost(opts.site);
  const permission = needsPermission
    ? b.permissions.request({ origins: [originPatternOf(opts.site)] })
    : Promise.resolve(true);
  return permission.then(async (granted) => {
    if (!granted) return 'denied';
    await opts.save(withSiteEnabled(opts.settings, opts.site, opts.enabled, (h) => isBuiltinHost(h)));
    // A tab showing the site is scanned or cleared now; without one (the options page),
    // the saved settings are all there is to change.
    if (opts.tabId !== null) {
      const message: UiToBackground = { type: 'site-changed', tabId: opts.tabId, enabled: opts.enabled };
      await b.runtime.sendMessage(message).catch(() => undefined);
    }
    return 'changed';
  });
}
