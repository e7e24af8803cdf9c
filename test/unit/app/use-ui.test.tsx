// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Ui, useUi } from '../../../app/use-ui';
import { SETTINGS_KEY } from '../../../lib/settings';

let ui: Ui | null = null;
function Probe() {
  ui = useUi(document);
  return null;
}
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ar');
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('useUi', () => {
  it('applies the stored language, digits and theme, and follows changes from other pages', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, uiLanguage: 'en', theme: 'dark' } });
    await act(async () => render(<Probe />, container));
    await flush();
    expect(ui!.ready).toBe(true);
    expect(ui!.fmt).toEqual({ lang: 'en', digits: 'latn' });
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await act(async () => {
      await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, uiLanguage: 'ar', digits: 'arab' } });
    });
    await flush();
    expect(ui!.fmt).toEqual({ lang: 'ar', digits: 'arab' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('corrupted settings: defaults, the problems listed, no crash', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, theme: 'neon', hoverDelayMs: -5 } });
    await act(async () => render(<Probe />, container));
    await flush();
    expect(ui!.settings.theme).toBe('auto');
    expect(ui!.problems).toEqual([
      'settings.theme: invalid, reset to default',
      'settings.hoverDelayMs: invalid, reset to default',
    ]);
  });
});
