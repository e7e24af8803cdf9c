import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '../../../app/browser-type';
import { setSiteEnabled } from '../../../app/site-control';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

function makeBrowser(grant: boolean) {
  fakeBrowser.reset();
  const b = fakeBrowser as unknown as Browser;
  const request = vi.fn(async () => grant);
  (b as unknown as { permissions: unknown }).permissions = { request };
  const sent: unknown[] = [];
  b.runtime.sendMessage = vi.fn(async (m: unknown) => {
    sent.push(m);
  }) as never;
  return { b, request, sent };
}

describe('setSiteEnabled', () => {
  let save: ReturnType<typeof vi.fn<(s: Settings) => Promise<void>>>;
  beforeEach(() => {
    save = vi.fn(async (_s: Settings) => {});
  });

  it('asks for the host permission synchronously, inside the click, then saves and tells the background', async () => {
    const { b, request, sent } = makeBrowser(true);
    const pending = setSiteEnabled(b, {
      site: 'example.com',
      enabled: true,
      settings: DEFAULT_SETTINGS,
      tabId: 4,
      save,
    });
    // Before any await: the user gesture still counts.
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.example.com/*'] });
    expect(await pending).toBe('changed');
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ addedSites: ['example.com'] }));
    expect(sent).toEqual([{ type: 'site-changed', tabId: 4, enabled: true }]);
  });

  it('changes nothing when the permission is refused', async () => {
    const { b, sent } = makeBrowser(false);
    expect(
      await setSiteEnabled(b, { site: 'example.com', enabled: true, settings: DEFAULT_SETTINGS, tabId: 4, save }),
    ).toBe('denied');
    expect(save).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('needs no permission for a built-in site or to turn a site off', async () => {
    const { b, request, sent } = makeBrowser(false);
    await setSiteEnabled(b, { site: 'alsawsana.com', enabled: true, settings: DEFAULT_SETTINGS, tabId: null, save });
    await setSiteEnabled(b, { site: 'example.com', enabled: false, settings: DEFAULT_SETTINGS, tabId: 2, save });
    expect(request).not.toHaveBeenCalled();
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ disabledSites: ['example.com'] }));
    // No tab (the options page): the settings are saved, no tab is told.
    expect(sent).toEqual([{ type: 'site-changed', tabId: 2, enabled: false }]);
  });
});
