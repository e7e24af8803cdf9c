// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { downloadText } from '../../../app/download';
import { applyTheme, applyUiLang } from '../../../app/lang';

describe('applyUiLang and applyTheme', () => {
  it('sets lang, dir and data-theme on <html>', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(applyUiLang(document, 'auto')).toBe('en');
    expect(applyUiLang(document, 'en')).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(applyUiLang(document, 'ar')).toBe('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    applyTheme(document, 'dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    applyTheme(document, 'auto');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});

describe('downloadText', () => {
  it('clicks a hidden <a download> with a blob URL and removes it', () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:kashif/1');
    let clicked: HTMLAnchorElement | null = null;
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    downloadText(document, 'kashif-x.md', '# hi', 'text/markdown');
    expect(created).toHaveBeenCalledOnce();
    expect(clicked!.download).toBe('kashif-x.md');
    expect(clicked!.href).toBe('blob:kashif/1');
    expect(clicked!.isConnected).toBe(false);
    spy.mockRestore();
    created.mockRestore();
  });
});
