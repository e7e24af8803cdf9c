import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, pollPage } from './harness/firefox';
import { type FixtureServer, startFixtureServer } from './harness/server';

/**
 * A site that is not on the built-in list, added by the reader: the host
 * permission is asked for at run time (optional host permissions), the content
 * script is registered for that host, the article is highlighted; turning the
 * site off clears the open tab at once; removing it gives the permission back.
 *
 * Firefox only: its `extensions.webextOptionalPermissionPrompts` pref answers the
 * permission prompt (granting it) so automation can go through the real request.
 * Chromium has no such switch; there the same code path is covered by the unit
 * tests of app/site-control and the background.
 */
const HOST = 'www.tech-arabi.net';
/** How the options page keeps it: the site, without "www." (its subdomains included). */
const SITE = 'tech-arabi.net';

let server: FixtureServer;
let s: FirefoxSession;
beforeAll(async () => {
  server = await startFixtureServer();
  s = await launchFirefox(undefined, { 'extensions.webextOptionalPermissionPrompts': false });
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
      for (const r of h) out.push(r.toString());
    return out;
  });

const hasPermission = (options: Page) =>
  options.evaluate(
    (origin) =>
      (
        globalThis as unknown as {
          browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
        }
      ).browser.permissions.contains({ origins: [origin] }),
    `*://*.${SITE}/*`,
  );

describe('Firefox: the reader adds a site of their own', () => {
  it('asks for the host, highlights its articles, clears them when turned off, and gives the host back', async () => {
    const article = await s.browser.newPage();
    await article.goto(server.url('founding-article.html', HOST));
    // Not a built-in site: nothing runs there yet.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlighted(article)).toEqual([]);

    const options = await s.openExtensionPage('options.html');
    await pollPage(options, () => !!document.querySelector('main[data-testid="options"]:not([aria-busy])'), Boolean);
    expect(await hasPermission(options)).toBe(false);
    await options.type('.k-inline-form input', HOST);
    await options.click('.k-inline-form button[type="submit"]');
    await pollPage(
      options,
      () => document.querySelector(`li[data-site]`)?.getAttribute('data-site') ?? null,
      (v) => Boolean(v),
    );
    expect(await options.evaluate(() => document.querySelector('li[data-site]')?.getAttribute('data-site'))).toBe(SITE);
    expect(await hasPermission(options)).toBe(true);

    // The background registered the content script for the host: a reload highlights the article.
    await article.bringToFront();
    await article.reload();
    const found = await pollPage(
      article,
      () => {
        const out: string[] = [];
        for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
          for (const r of h) out.push(r.toString());
        return out;
      },
      (v) => v.length > 0,
    );
    expect(found).toContain('gpt-oss-120b');
    expect(found.filter((t) => t === 'ميتا').length).toBeGreaterThan(0);

    // Turned off in the options page: the open tab is cleared at once, without a reload.
    await options.bringToFront();
    await options.click(`li[data-site="${SITE}"] input[type="checkbox"]`);
    await pollPage(
      article,
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      (n) => n === 0,
    );

    // Removed: the host permission is given back, and a reload runs nothing.
    await options.click(`li[data-site="${SITE}"] button`);
    await pollPage(
      options,
      () => document.querySelectorAll('li[data-site]').length,
      (n) => n === 0,
    );
    await pollPage(
      options,
      () =>
        (
          globalThis as unknown as {
            browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } };
          }
        ).browser.permissions.getAll(),
      // (page.evaluate awaits the promise: the value read is the permissions object)
      (p) => !((p as unknown as { origins?: string[] }).origins ?? []).some((o) => o.includes('tech-arabi')),
    );
    await article.bringToFront();
    await article.reload();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlighted(article)).toEqual([]);
  });
});
