import type { Browser } from './browser-type';

export interface Shortcut {
  name: string;
  shortcut: string;
  description: string;
}

/** The extension's keyboard commands with their current shortcuts (empty when the API is missing). */
export async function readShortcuts(b: Browser): Promise<Shortcut[]> {
  try {
    const all = await b.commands.getAll();
    return all.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '', description: c.description ?? '' }));
  } catch {
    return [];
  }
}

/** Whether this is Firefox (which has its own shortcut editor and sidebar). */
export function isFirefox(b: Browser): boolean {
  return b.runtime.getURL('/').startsWith('moz-extension:');
}

/**
 * Opens the browser's shortcut editor: Firefox 137+ has an API for it; Chrome
 * lets an extension open chrome://extensions/shortcuts in a tab.
 */
export async function openShortcutSettings(b: Browser): Promise<boolean> {
  const commands = b.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  try {
    if (commands.openShortcutSettings) await commands.openShortcutSettings();
    else await b.tabs.create({ url: 'chrome://extensions/shortcuts' });
    return true;
  } catch {
    return false;
  }
}
