import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from './harness/chromium';
import { type FixtureServer, startFixtureServer } from './harness/server';
import { type BrowserSession, openSession, type TabPage, until } from './harness/sessions';

/**
 * Highlighted texts read without the page's (possibly overwritten) built-ins:
 * plain loops and the text nodes' own data.
 */
const readHighlightTexts = () => {
  const out: string[] = [];
  const reg = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
  reg.forEach((h) => {
    for (const r of h) {
      const node = r.startContainer as Text;
      out[out.length] =
        r.startContainer === r.endContainer ? node.data.slice(r.startOffset, r.endOffset) : '(multi-node)';
    }
  });
  return out;
};

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('the built extension makes no network request of its own', () => {
  it('has no network API in any built file', () => {
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
      expect(files.length).toBeGreaterThan(3);
      for (const f of files) {
        const src = readFileSync(join(dir, f), 'utf8');
        expect(src, `${dir}/${f}`).not.toMatch(
          /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(/,
        );
        expect(src, `${dir}/${f}`).not.toMatch(/<script[^>]+src=["']https?:/);
      }
    }
  });
});

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`${browserName}: hostile and broken pages`, () => {
    let s: BrowserSession;
    const open: TabPage[] = [];
    beforeAll(async () => {
      s = await openSession(browserName);
    });
    afterAll(async () => {
      await s?.close();
    });
    afterEach(async () => {
      for (const t of open.splice(0)) await t.close().catch(() => {});
    });
    async function load(path: string): Promise<TabPage> {
      const tab = await s.newTab();
      open.push(tab);
      await tab.goto(server.url(path));
      return tab;
    }

    it('works on a page with DOM clobbering, polluted prototypes and overwritten built-ins (isolated world), and never injects markup', async () => {
      const tab = await load('hostile.html');
      const texts = await until(
        () => tab.eval(readHighlightTexts),
        (t) => t.length >= 8,
      );
      for (const name of ['OpenAI', 'gpt-oss-120b', 'ميتا', 'غوغل', 'إنفيديا']) expect(texts).toContain(name);
      // The page can see our highlight names (a shared registry) but nothing we render ran as HTML.
      expect(
        await tab.eval(() => document.querySelectorAll('img[src="x"], script:not([src]):not([type])').length),
      ).toBe(1);
    });

    it('survives a page that removes the hover card host: the next card comes back', async () => {
      const tab = await load('hostile.html');
      await until(
        () => tab.eval(readHighlightTexts),
        (t) => t.length >= 8,
      );
      const points = await tab.eval(() => {
        const out: Array<{ x: number; y: number }> = [];
        (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.forEach((h) => {
          for (const r of h) {
            const b = r.getBoundingClientRect();
            out[out.length] = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
        });
        return out;
      });
      for (const p of points.slice(0, 3)) {
        await tab.mouseMove(p.x, p.y);
        await new Promise((r) => setTimeout(r, 700));
      }
      // The page removed every card we added; Kashif kept working and the page too.
      expect(await tab.eval(() => document.title)).toContain('صفحة عدائية');
      expect((await tab.eval(readHighlightTexts)).length).toBeGreaterThanOrEqual(8);
    });

    it('handles a single 1,000,000-character text node', async () => {
      const tab = await load('generated/huge-node.html');
      const texts = await until(
        () => tab.eval(readHighlightTexts),
        (t) => t.length > 1000,
        30_000,
      );
      expect(texts.filter((t) => t === 'OpenAI').length).toBeGreaterThan(1000);
    });

    it('handles 50,000-deep nesting', async () => {
      const tab = await load('generated/deep.html?depth=50000');
      const texts = await until(
        () => tab.eval(readHighlightTexts),
        (t) => t.includes('GPT-5'),
        30_000,
      );
      expect(texts.filter((t) => t === 'GPT-5').length).toBe(4);
    });

    it('handles 1,000 iframes beside the article', async () => {
      const tab = await load('generated/iframes.html?n=1000');
      const texts = await until(
        () => tab.eval(readHighlightTexts),
        (t) => t.includes('ميتا'),
        90_000,
      );
      expect(texts.filter((t) => t === 'OpenAI').length).toBe(6);
    });

    it('keeps up with a mutation storm (10,000 changes a second for 5 s) and the page stays responsive', async () => {
      const tab = await load('storm.html');
      await until(
        () => tab.eval(() => (window as unknown as { __stormDone: boolean }).__stormDone),
        (d) => d,
        20_000,
      );
      const texts = await until(
        () => tab.eval(readHighlightTexts),
        (t) => t.includes('OpenAI'),
      );
      expect(texts).toEqual(expect.arrayContaining(['OpenAI', 'غوغل', 'ميتا']));
      const gap = await tab.eval(() => (window as unknown as { __maxGap: number }).__maxGap);
      console.log(`${browserName} storm: the page's 10 ms timer's longest gap ${gap.toFixed(0)} ms`);
    });

    it('follows a page that rewrites itself with document.open()', async () => {
      const tab = await load('document-open.html');
      await until(
        () => tab.eval(() => document.title),
        (t) => t === 'بعد',
      );
      await new Promise((r) => setTimeout(r, 1500));
      // Finishes or gives up cleanly: the page is intact either way.
      expect(await tab.eval(() => document.querySelector('h1')?.textContent)).toBe('ميتا تطلق نموذجاً جديداً');
      const texts = await tab.eval(readHighlightTexts);
      for (const t of texts) expect(['ميتا', 'OpenAI', 'غوغل', 'لاما']).toContain(t);
    });

    it('no request leaves the browser for anything but the pages themselves', async () => {
      const before = server.requests.length;
      for (const path of ['founding-article.html', 'dark.html', 'shadow-iframe.html']) {
        const tab = await load(path);
        await until(
          () => tab.eval(readHighlightTexts),
          (t) => t.length > 0,
        );
      }
      const extra = server.requests
        .slice(before)
        .filter((p) => !/^\/(founding-article|dark|shadow-iframe)\.html$|^\/favicon\.ico$/.test(p));
      expect(extra).toEqual([]);
    });
  });
}

describe('chromium: every request the browser makes while Kashif works', () => {
  it('goes to the fixture server only (page requests), none from the extension', async () => {
    const { launchChromium } = await import('./harness/chromium');
    const s = await launchChromium();
    const seen: string[] = [];
    s.context.on('request', (r) => seen.push(r.url()));
    try {
      const page = await s.context.newPage();
      await page.goto(server.url('founding-article.html'));
      await until(
        () => page.evaluate(readHighlightTexts),
        (t) => t.length > 0,
      );
      const ui = await s.openExtensionPage('sidepanel.html');
      await ui.waitForTimeout(500);
      const foreign = seen.filter(
        (u) => !u.startsWith(`http://www.alsawsana.com:${server.port}/`) && !u.startsWith('chrome-extension://'),
      );
      expect(foreign).toEqual([]);
    } finally {
      await s.close();
    }
    expect(chromium).toBeDefined();
    expect(CHROMIUM_PATH).toBeTruthy();
  });
});
