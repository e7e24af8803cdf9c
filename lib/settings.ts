import { hostIsIn } from './format/host';
import { z } from './zod';

/**
 * The reader's settings, kept in `storage.sync` under one key with a version.
 * Anything stored is parsed here: corrupted or foreign values fall back to
 * defaults field by field, so one bad value never loses the others.
 */
export const SETTINGS_VERSION = 2;
export const SETTINGS_KEY = 'kashif.settings';

/**
 * The settings' schema, built on first use: zod builds each schema's objects eagerly,
 * and the page script of every article page imports this module.
 */
function makeSettings() {
  const Host = z
    .string()
    .max(253)
    .regex(/^[a-z0-9.-]+$/i)
    .transform((h) => h.toLowerCase());
  return z.object({
    version: z.literal(SETTINGS_VERSION),
    /** Sites the reader added (optional host permission granted). */
    addedSites: z.array(Host).max(500),
    /** Sites the reader turned off (built-in or added). */
    disabledSites: z.array(Host).max(500),
    highlightStyle: z.enum(['background', 'underline', 'none']),
    density: z.enum(['all', 'first']),
    uiLanguage: z.enum(['ar', 'en', 'auto']),
    digits: z.enum(['arab', 'latn']),
    theme: z.enum(['auto', 'light', 'dark']),
    hoverCard: z.boolean(),
    hoverDelayMs: z.number().int().min(0).max(3000),
    /** The reader's own spellings: entity id → aliases. */
    userAliases: z.record(z.string().max(120), z.array(z.string().min(2).max(80)).max(20)),
  });
}
let settingsObject: ReturnType<typeof makeSettings> | null = null;
const settingsSchema = () => (settingsObject ??= makeSettings());

export const Settings = z.lazy(settingsSchema);
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  addedSites: [],
  disabledSites: [],
  highlightStyle: 'background',
  density: 'all',
  uiLanguage: 'ar',
  digits: 'latn',
  theme: 'auto',
  hoverCard: true,
  // Like Wikipedia's page previews: a card after half a second of hovering, gone 300 ms after leaving.
  hoverDelayMs: 500,
  userAliases: {},
};

export interface SettingsResult {
  settings: Settings;
  /** Fields that were invalid and replaced by their default (shown to the reader). */
  problems: string[];
}

/** Version 1 kept one `sites` map of host → on/off and `language`; version 2 splits them. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.version === 1) {
    const sites = (raw.sites ?? {}) as Record<string, unknown>;
    const { sites: _s, language, ...rest } = raw;
    return {
      ...rest,
      version: 2,
      uiLanguage: language,
      addedSites: Object.keys(sites).filter((h) => sites[h] === true),
      disabledSites: Object.keys(sites).filter((h) => sites[h] === false),
    };
  }
  return raw;
}

/**
 * Reads stored settings of any age or state. Unknown keys are dropped, a newer
 * version is read field by field as far as it is understood, and every invalid
 * field is reported and replaced by its default.
 */
export function parseSettings(stored: unknown): SettingsResult {
  if (stored === undefined || stored === null) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['settings: not an object'] };
  }
  const raw = migrate(stored as Record<string, unknown>);
  const problems: string[] = [];
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    problems.push(`settings: written by a newer version (${raw.version}); read what this version understands`);
  }
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  const shape = settingsSchema().shape;
  for (const key of Object.keys(shape) as Array<keyof Settings>) {
    if (key === 'version') continue;
    if (!(key in raw)) {
      out[key] = DEFAULT_SETTINGS[key];
      continue;
    }
    const r = shape[key].safeParse(raw[key]);
    if (r.success) out[key] = r.data;
    else {
      out[key] = DEFAULT_SETTINGS[key];
      problems.push(`settings.${key}: invalid, reset to default`);
    }
  }
  return { settings: settingsSchema().parse(out), problems };
}

/** Whether Kashif runs on a host: built-in or added, and not turned off. */
export function isSiteEnabled(host: string, settings: Settings, isBuiltin: (h: string) => boolean): boolean {
  const h = host.toLowerCase();
  const matches = (list: string[]) => list.some((d) => hostIsIn(h, d));
  if (matches(settings.disabledSites)) return false;
  return isBuiltin(h) || matches(settings.addedSites);
}

/** A settings file for export: the settings and a marker that it is ours. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ kashifSettings: true, ...settings }, null, 2)}\n`;
}

/** Reads an imported settings file; not ours → an error, nothing applied. */
export function importSettings(text: string): SettingsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not a JSON file');
  }
  if (!data || typeof data !== 'object' || (data as Record<string, unknown>).kashifSettings !== true) {
    throw new Error('not a Kashif settings file');
  }
  const { kashifSettings: _k, ...rest } = data as Record<string, unknown>;
  return parseSettings(rest);
}
