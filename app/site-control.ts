import { originPatternOf } from '../lib/format/host';
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
    await b.runtime
      .sendMessage({ type: 'site-changed', tabId: opts.tabId, enabled: opts.enabled })
      .catch(() => undefined);
    return 'changed';
  });
}
