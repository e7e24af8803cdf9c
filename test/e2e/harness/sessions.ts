// One interface over the two drivers, so each scenario is written once and run in both browsers.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium } from './chromium';
import { launchFirefox, pollPage } from './firefox';

export interface TabPage {
  goto(url: string): Promise<void>;
  eval<T>(fn: () => T): Promise<Awaited<T>>;
  evalArg<A, T>(fn: (a: A) => T, arg: A): Promise<Awaited<T>>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  name: 'chromium' | 'firefox';
  newTab(): Promise<TabPage>;
  /** An extension page (popup.html…) in a tab, loaded. */
  extensionPage(path: string): Promise<TabPage>;
  /** Extension pages (e.g. a side panel) currently open. */
  extensionPagesOpen(): Promise<string[]>;
  close(): Promise<void>;
}

// Tests poll for what they need, so navigation waits only for the DOM (a page of 1,000 iframes
// may take long to fire `load`, and on a busy 2-core machine even to finish parsing).
function fromPlaywright(page: PwPage): TabPage {
  return {
    goto: async (u) => void (await page.goto(u, { waitUntil: 'domcontentloaded', timeout: 90_000 })),
    eval: (fn) => page.evaluate(fn) as never,
    evalArg: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

function fromPuppeteer(page: PpPage): TabPage {
  return {
    goto: async (u) => void (await page.goto(u, { waitUntil: 'domcontentloaded', timeout: 90_000 })),
    eval: (fn) => page.evaluate(fn) as never,
    evalArg: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

export async function openSession(name: 'chromium' | 'firefox'): Promise<BrowserSession> {
  if (name === 'chromium') {
    const s = await launchChromium();
    return {
      name,
      newTab: async () => fromPlaywright(await s.context.newPage()),
      extensionPage: async (path) => fromPlaywright(await s.openExtensionPage(path)),
      extensionPagesOpen: async () =>
        s.context
          .pages()
          .map((p) => p.url())
          .filter((u) => u.startsWith('chrome-extension://')),
      close: () => s.close(),
    };
  }
  const s = await launchFirefox();
  return {
    name,
    newTab: async () => fromPuppeteer(await s.browser.newPage()),
    extensionPage: async (path) => fromPuppeteer(await s.openExtensionPage(path)),
    extensionPagesOpen: async () => [],
    close: () => s.close(),
  };
}

/** Polls until `done` holds for the value `read` returns (errors while navigating are ignored). */
export async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out; last value ${JSON.stringify(last)} ${error ? String(error) : ''}`);
}

export { pollPage };
