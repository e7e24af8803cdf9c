import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type FixtureServer, startFixtureServer } from './harness/server';

let server: FixtureServer;
let s: ChromiumSession;
beforeAll(async () => {
  server = await startFixtureServer();
  s = await launchChromium();
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

describe('Chromium: the service worker is stopped in the middle of a page’s life', () => {
  it('the panel still shows the page, and the page’s next request wakes the background', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('founding-article.html'));
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size))
      .toBeGreaterThan(0);
    // The page's report reaches the background after the highlights: wait until its badge is set
    // (Chrome stops an idle worker, not one in the middle of handling a message).
    const badgeOf = async (from: Awaited<ReturnType<typeof s.openExtensionPage>>) =>
      from.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const [t] = await c.tabs.query({ url: '*://*.alsawsana.com/*' });
        return c.action.getBadgeText({ tabId: t!.id! });
      });
    const probe = await s.openExtensionPage('options.html');
    await expect.poll(async () => Number(await badgeOf(probe)), { timeout: 15_000 }).toBeGreaterThan(5);
    await probe.close();
    // Stop every service worker, as Chrome does after 30 s idle.
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(500);
    const panel = await s.openExtensionPage('sidepanel.html');
    await panel.waitForSelector('[data-entity-id="openai"]', { timeout: 15_000 });
    const ids = await panel.evaluate(() =>
      [...document.querySelectorAll('[data-entity-id]')].map((e) => e.getAttribute('data-entity-id')),
    );
    expect(ids).toEqual(expect.arrayContaining(['openai', 'gpt-oss-120b', 'deepseek-r1', 'meta']));
    // The badge is the browser's, per tab: still there.
    expect(Number(await badgeOf(panel))).toBeGreaterThan(5);
    // A hover asks the (restarted) background for a card.
    const p = await page.evaluate(() => {
      for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
        for (const r of h)
          if (r.toString() === 'ميتا') {
            r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const b = r.getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
      return null;
    });
    await page.bringToFront();
    await page.mouse.move(p!.x, p!.y);
    await expect
      .poll(() => page.evaluate(() => !!document.querySelector('kashif-card')), { timeout: 10_000 })
      .toBe(true);
  });
});
