import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings, type SettingsResult } from '../lib/settings';

/** Reads the settings from storage.sync; never throws (defaults on any failure). */
export async function readSettings(): Promise<SettingsResult> {
  try {
    const got = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch (e) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: [`storage: ${String(e)}`] };
  }
}

/** Saves the whole settings object (validated first). */
export async function writeSettings(settings: Settings): Promise<void> {
  const { settings: clean } = parseSettings(settings);
  await browser.storage.sync.set({ [SETTINGS_KEY]: clean });
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the stored settings. Changes from one page run one after
 * the other, so two quick clicks (theme, then digits) cannot read the same old
 * settings and the second write undo the first.
 */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const run = pending.then(async () => {
    const { settings } = await readSettings();
    const next = change(settings);
    await writeSettings(next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** Calls `fn` whenever the settings change (any extension page or tab). Returns the unsubscribe. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) fn(parseSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
