import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '../../../app/browser-type';
import { openSidePanel } from '../../../app/open-panel';

const b = fakeBrowser as unknown as Browser;

describe('openSidePanel', () => {
  it('Chrome: calls chrome.sidePanel.open synchronously, with the window', async () => {
    const open = vi.fn(async () => {});
    const pending = openSidePanel(b, { windowId: 3, tabId: 9 }, { sidePanel: { open } });
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    expect(await pending).toBe(true);
  });
  it('Chrome: falls back to the tab, and reports a refusal', async () => {
    const open = vi.fn(async () => {
      throw new Error('user gesture');
    });
    expect(await openSidePanel(b, { windowId: null, tabId: 9 }, { sidePanel: { open } })).toBe(false);
    expect(open).toHaveBeenCalledWith({ tabId: 9 });
    expect(await openSidePanel(b, { windowId: null, tabId: null }, { sidePanel: { open } })).toBe(false);
  });
  it('Firefox: sidebarAction.open(), synchronously', async () => {
    const open = vi.fn(async () => {});
    const firefox = { ...b, sidebarAction: { open } } as unknown as Browser;
    const pending = openSidePanel(firefox, { windowId: 1, tabId: 1 }, {});
    expect(open).toHaveBeenCalledOnce();
    expect(await pending).toBe(true);
  });
  it('neither API: false', async () => {
    expect(await openSidePanel(b, { windowId: 1, tabId: 1 }, {})).toBe(false);
  });
});
