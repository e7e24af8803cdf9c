import { hostIsIn } from '../lib/format/host';
import type { Settings } from '../lib/settings';

/**
 * Settings with a site turned on or off. Turning on removes every "off" entry
 * covering the host and, for a site that is not built in, adds it to the
 * reader's sites; turning off adds the site to the "off" list and keeps the
 * reader's addition (so turning it back on needs no new permission).
 */
export function withSiteEnabled(
  settings: Settings,
  site: string,
  enabled: boolean,
  isBuiltin: (host: string) => boolean,
): Settings {
  if (enabled) {
    const disabledSites = settings.disabledSites.filter((d) => !hostIsIn(site, d) && !hostIsIn(d, site));
    const covered = isBuiltin(site) || settings.addedSites.some((d) => hostIsIn(site, d));
    return { ...settings, disabledSites, addedSites: covered ? settings.addedSites : [...settings.addedSites, site] };
  }
  if (settings.disabledSites.some((d) => hostIsIn(site, d))) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, site] };
}

/** Settings without one of the reader's sites (and without its "off" entry). */
export function withoutSite(settings: Settings, site: string): Settings {
  return {
    ...settings,
    addedSites: settings.addedSites.filter((d) => d !== site),
    disabledSites: settings.disabledSites.filter((d) => d !== site),
  };
}

/** Settings with a spelling added to, or removed from, an entity's aliases. */
export function withAlias(settings: Settings, entityId: string, alias: string, add: boolean): Settings {
  const current = settings.userAliases[entityId] ?? [];
  const next = add ? [...current, alias] : current.filter((a) => a !== alias);
  const userAliases = { ...settings.userAliases };
  if (next.length) userAliases[entityId] = next;
  else delete userAliases[entityId];
  return { ...settings, userAliases };
}
