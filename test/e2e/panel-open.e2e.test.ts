import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type FirefoxSession, launchFirefox, pollPage } from './harness/firefox';
import { type FixtureServer, startFixtureServer } from './harness/server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/** Scrolls the mention into view and returns its centre. */
const mentionPoint = (text: string) => {
  for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
    for (const r of h)
      if (r.toString() === text) {
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
  return null;
};

describe('Chromium: a click on a mention opens the side panel (user gesture kept)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });
  it('opens sidepanel.html for the tab', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('founding-article.html'));
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size))
      .toBeGreaterThan(0);
    const p = await page.evaluate(mentionPoint, 'ميتا');
    expect(p).not.toBeNull();
    const cdp = await s.context.newCDPSession(page);
    const panels = async () =>
      ((await cdp.send('Target.getTargets')).targetInfos as Array<{ url: string }>).filter((t) =>
        t.url.endsWith('/sidepanel.html'),
      );
    expect(await panels()).toEqual([]);
    await page.mouse.click(p!.x, p!.y);
    await expect.poll(async () => (await panels()).length, { timeout: 10_000 }).toBe(1);
  });
});

describe('Firefox: a click relayed from the page cannot open the sidebar (the fallback message is unit-tested in background.test.ts)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });
  it('a click on a mention opens no sidebar and leaves the page and card working', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('founding-article.html'));
    await pollPage(
      page,
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      (n) => n > 0,
    );
    const p = (await page.evaluate(mentionPoint, 'ميتا'))!;
    await page.mouse.move(p.x, p.y);
    await pollPage(
      page,
      () => !!document.querySelector('kashif-card'),
      (v) => v,
    );
    await new Promise((r) => setTimeout(r, 400));
    await page.mouse.click(p.x, p.y);
    await new Promise((r) => setTimeout(r, 800));
    await page.screenshot({ path: artifactPath('firefox-sidebar-fallback.png') });
    // No sidebar page was opened by the relayed click.
    const pages = await s.browser.pages();
    expect(pages.filter((x) => x.url().includes('sidepanel.html'))).toEqual([]);
    expect(
      await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size),
    ).toBeGreaterThan(0);
  });
});
