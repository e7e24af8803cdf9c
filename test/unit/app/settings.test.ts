import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, updateSettings } from '../../../app/settings';

describe('updateSettings', () => {
  beforeEach(() => fakeBrowser.reset());
  it('runs quick changes one after the other: none is lost', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, theme: 'dark' })),
      updateSettings((s) => ({ ...s, digits: 'arab' })),
      updateSettings((s) => ({ ...s, hoverDelayMs: 900 })),
    ]);
    const { settings } = await readSettings();
    expect(settings).toMatchObject({ theme: 'dark', digits: 'arab', hoverDelayMs: 900 });
  });
  it('a failing change does not block the next', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await updateSettings((s) => ({ ...s, theme: 'light' }))).theme).toBe('light');
  });
});
