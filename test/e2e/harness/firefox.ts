import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../lib/extension-ids';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
/** Fixed moz-extension UUID so extension pages have a known URL. */
export const FIREFOX_UUID = '6f1c2a7e-0b5d-4c8e-9a3f-2d4b6c8e0a1b';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  /** Opens an extension page in a new tab; resolves when its document is complete. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Polls `fn` in the page, ignoring errors thrown while the page switches process. */
export async function pollPage<T>(page: Page, fn: () => T, done: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = (await page.evaluate(fn)) as T;
      if (done(v)) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `pollPage timed out; last value: ${String(last instanceof Error ? last.message : JSON.stringify(last))}`,
  );
}

/**
 * Debian's Firefox ESR over WebDriver BiDi with our real build installed. Every
 * host resolves to 127.0.0.1 (network.dns.forceResolve) and HTTPS-First is off,
 * so fixture pages open under their news site's host name.
 */
export async function launchFirefox(
  extensionDir = FIREFOX_BUILD,
  prefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_first_schemeless': false,
      'intl.locale.requested': 'ar',
      'intl.accept_languages': 'ar,en',
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  return {
    browser,
    base,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // page.goto of a moz-extension:// page never resolves over BiDi: start it and poll.
      void page.goto(base + path).catch(() => {});
      await pollPage(
        page,
        () => [location.pathname, document.readyState] as const,
        ([p, s]) => p === `/${path}` && s === 'complete',
      );
      return page;
    },
    close: () => browser.close(),
  };
}
