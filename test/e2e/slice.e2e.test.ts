import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
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

/** Reads the entity rows of a panel or popup page. */
const readRows = () =>
  [...document.querySelectorAll('[data-entity-id]')].map((li) => ({
    id: li.getAttribute('data-entity-id'),
    text: li.textContent,
  }));

describe('Chromium: founding article → background → panel and popup', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the content script reports OpenAI and the panel and popup show it', async () => {
    const page = await s.context.newPage();
    await page.goto(server.url('founding-article.html'));
    // The background's state for the tab is the content script's report.
    await expect
      .poll(
        async () =>
          s.worker.evaluate(async () =>
            JSON.stringify(
              await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.get(null),
            ),
          ),
        {
          timeout: 15_000,
        },
      )
      .toContain('"openai"');

    for (const [path, shot] of [
      ['sidepanel.html', 'chromium-panel-slice.png'],
      ['popup.html', 'chromium-popup-slice.png'],
    ] as const) {
      const ui = await s.openExtensionPage(path);
      await ui.waitForSelector('[data-entity-id="openai"]');
      const rows = await ui.evaluate(readRows);
      expect(rows.map((r) => r.id)).toContain('openai');
      expect(rows.find((r) => r.id === 'openai')?.text).toContain('OpenAI');
      expect(await ui.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await ui.screenshot({ path: artifactPath(shot) });
      await ui.close();
    }
  });
});

describe('Firefox: founding article → background → panel and popup', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the content script reports OpenAI and the panel and popup show it', async () => {
    const page = await s.browser.newPage();
    await page.goto(server.url('founding-article.html'));
    for (const [path, shot] of [
      ['sidepanel.html', 'firefox-panel-slice.png'],
      ['popup.html', 'firefox-popup-slice.png'],
    ] as const) {
      const ui = await s.openExtensionPage(path);
      const rows = await pollPage(ui, readRows, (r) => r.some((x) => x.id === 'openai'));
      expect(rows.find((r) => r.id === 'openai')?.text).toContain('OpenAI');
      expect(await ui.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await ui.screenshot({ path: artifactPath(shot) });
      await ui.close();
    }
  });
});
