import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '../../../app/browser-type';
import { isFirefox, openShortcutSettings, readShortcuts } from '../../../app/commands';
import { PENDING_LOOKUP_KEY, takePendingLookup } from '../../../app/pending-lookup';

const b = fakeBrowser as unknown as Browser;

describe('pending look-up', () => {
  beforeEach(() => fakeBrowser.reset());
  it('takes the context-menu text once', async () => {
    await b.storage.session.set({ [PENDING_LOOKUP_KEY]: '  ديب سيك  ' });
    expect(await takePendingLookup(b)).toBe('ديب سيك');
    expect(await takePendingLookup(b)).toBeNull();
  });
  it('ignores what is not text', async () => {
    await b.storage.session.set({ [PENDING_LOOKUP_KEY]: { x: 1 } });
    expect(await takePendingLookup(b)).toBeNull();
  });
});

describe('commands', () => {
  it('reads the shortcuts, and copes without the API', async () => {
    const withCommands = {
      ...b,
      commands: { getAll: async () => [{ name: 'next-mention', shortcut: 'Alt+Shift+J', description: 'd' }, {}] },
    } as unknown as Browser;
    expect(await readShortcuts(withCommands)).toEqual([
      { name: 'next-mention', shortcut: 'Alt+Shift+J', description: 'd' },
      { name: '', shortcut: '', description: '' },
    ]);
    expect(await readShortcuts({ ...b, commands: undefined } as unknown as Browser)).toEqual([]);
  });
  it('opens Firefox’s shortcut editor, or chrome://extensions/shortcuts', async () => {
    const openShortcutSettingsFn = vi.fn(async () => {});
    const ff = { ...b, commands: { openShortcutSettings: openShortcutSettingsFn } } as unknown as Browser;
    expect(await openShortcutSettings(ff)).toBe(true);
    expect(openShortcutSettingsFn).toHaveBeenCalledOnce();
    const create = vi.fn(async () => ({}));
    const chrome = { ...b, commands: {}, tabs: { create } } as unknown as Browser;
    expect(await openShortcutSettings(chrome)).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
  it('tells Firefox by its extension URL', () => {
    expect(isFirefox({ runtime: { getURL: () => 'moz-extension://x/' } } as unknown as Browser)).toBe(true);
    expect(isFirefox({ runtime: { getURL: () => 'chrome-extension://x/' } } as unknown as Browser)).toBe(false);
  });
});
