import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts';
import { type FixtureServer, startFixtureServer } from './harness/server';
import { type BrowserSession, openSession, type TabPage, until } from './harness/sessions';

/** Highlights as the page sees them: name → texts of the ranges, and whether each is inside <article>. */
const readHighlights = () => {
  const out: Record<string, Array<{ text: string; inArticle: boolean }>> = {};
  for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    out[name] = [...h].map((r) => {
      const el =
        r.commonAncestorContainer.nodeType === 1
          ? (r.commonAncestorContainer as Element)
          : r.commonAncestorContainer.parentElement;
      return { text: r.toString(), inArticle: !!el?.closest('article') };
    });
  }
  return out;
};
const texts = (h: Record<string, Array<{ text: string }>>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.map((x) => x.text).sort()]));
const total = (h: Record<string, unknown[]>) => Object.values(h).reduce((n, v) => n + v.length, 0);

/** The founding article's highlights, by style (the article body, headline and caption). */
const FOUNDING = {
  'kashif-org': ['OpenAI', 'OpenAI', 'OpenAI', 'OpenAI', 'OpenAI', 'OpenAI', 'ديب سيك', 'ميتا'],
};

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`${browserName}: Kashif on news pages`, () => {
    let s: BrowserSession;
    beforeAll(async () => {
      s = await openSession(browserName);
    });
    afterAll(async () => {
      await s?.close();
    });
    // Every tab a test opens is closed after it, pass or fail, so tab queries see only the current one.
    const open: TabPage[] = [];
    afterEach(async () => {
      for (const t of open.splice(0)) await t.close().catch(() => {});
    });
    const track = (t: TabPage) => {
      open.push(t);
      return t;
    };

    async function openArticle(path: string, expectHighlights = true): Promise<TabPage> {
      const tab = track(await s.newTab());
      await tab.goto(server.url(path));
      if (expectHighlights)
        await until(
          () => tab.eval(readHighlights),
          (h) => total(h) > 0,
        );
      else await new Promise((r) => setTimeout(r, 1500));
      return tab;
    }

    it('highlights every mention in the founding article and nothing outside it, with the badge count', async () => {
      const tab = await openArticle('founding-article.html');
      const h = await tab.eval(readHighlights);
      for (const [name, want] of Object.entries(FOUNDING)) expect(texts(h)[name]).toEqual([...want].sort());
      const all = Object.values(h).flat();
      expect(all.every((x) => x.inArticle)).toBe(true);
      expect(all.map((x) => x.text)).not.toContain('شات جي بي تي'); // nav only
      for (const want of ['gpt-oss-120b', 'gpt-oss-20b', 'GPT-2', 'GPT-3', 'GPT-4', 'GPT-5', 'LLaMA', 'R1'])
        expect(all.map((x) => x.text)).toContain(want);
      // No element was added to the page's text by highlighting.
      expect(await tab.eval(() => document.querySelectorAll('mark, [data-kashif]').length)).toBe(0);
      await tab.screenshot(artifactPath(`${browserName}-highlighted-article.png`));
      const popup = track(await s.extensionPage('popup.html'));
      const badge = await until(
        () =>
          popup.eval(async () => {
            const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
            const tabs = await api.tabs.query({ url: '*://*.alsawsana.com/*' });
            return api.action.getBadgeText({ tabId: tabs[0]!.id! });
          }),
        (b) => b !== '',
      );
      expect(Number(badge)).toBeGreaterThanOrEqual(10);
      await popup.close();
      await tab.close();
    });

    it('shows the hover card over a mention, in a shadow root, and removes every trace when the site is turned off', async () => {
      const tab = await openArticle('founding-article.html');
      const before = await tab.eval(() => document.body.outerHTML);
      const rect = await tab.eval(() => {
        for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
          for (const r of h) {
            if (r.toString() === 'ميتا') {
              const b = r.getBoundingClientRect();
              (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
              const c = r.getBoundingClientRect();
              return { x: c.left + c.width / 2, y: c.top + c.height / 2, w: b.width };
            }
          }
        return null;
      });
      expect(rect).not.toBeNull();
      await tab.mouseMove(rect!.x, rect!.y);
      const card = await until(
        () =>
          tab.evalArg((p: { x: number; y: number }) => {
            const host = document.querySelector('kashif-card');
            const under = document.elementFromPoint(p.x, p.y + 40);
            return { host: !!host, under: under?.tagName.toLowerCase() ?? null, shadowOpen: !!host?.shadowRoot };
          }, rect!),
        // Firefox's elementFromPoint does not see into the card's layer; the screenshot shows it.
        (c) => c.host && (browserName === 'firefox' || c.under === 'kashif-card'),
      );
      expect(card.shadowOpen).toBe(false); // closed: the page cannot reach into the card
      await new Promise((r) => setTimeout(r, 400)); // past the fade-in
      await tab.screenshot(artifactPath(`${browserName}-hover-card.png`));

      // The reader turns Kashif off on this site (what the popup's switch does).
      const popup = track(await s.extensionPage('popup.html'));
      await popup.eval(async () => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        const [t] = await api.tabs.query({ url: '*://*.alsawsana.com/*' });
        await api.storage.sync.set({ 'kashif.settings': { version: 2, disabledSites: ['alsawsana.com'] } });
        await api.runtime.sendMessage({ type: 'site-changed', tabId: t!.id!, enabled: false });
      });
      await until(
        () => tab.eval(readHighlights),
        (h) => total(h) === 0,
      );
      expect(await tab.eval(() => document.querySelector('kashif-card'))).toBeNull();
      expect(await tab.eval(() => document.adoptedStyleSheets.length)).toBe(0);
      // (Chromium itself adds style="" to a textarea the mouse passed over.)
      const after = (await tab.eval(() => document.body.outerHTML)).replace(' style=""', '');
      let at = 0;
      while (at < before.length && before[at] === after[at]) at++;
      expect(after.slice(Math.max(0, at - 80), at + 80)).toBe(before.slice(Math.max(0, at - 80), at + 80));
      await popup.eval(async () => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        await api.storage.sync.clear();
      });
      await popup.close();
      await tab.close();
    });

    it('highlights only the first mention of each entity when the reader chooses that density', async () => {
      const popup = track(await s.extensionPage('popup.html'));
      const setDensity = (density: string) =>
        popup.evalArg(async (d: string) => {
          const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
          await api.storage.sync.set({ 'kashif.settings': { version: 2, density: d } });
        }, density);
      await setDensity('first');
      try {
        const tab = await openArticle('founding-article.html');
        const all = Object.values(await tab.eval(readHighlights))
          .flat()
          .map((x) => x.text);
        expect(all.filter((t) => t === 'OpenAI')).toEqual(['OpenAI']);
        expect(new Set(all).size).toBe(all.length);
      } finally {
        await popup.eval(async () => {
          const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
          await api.storage.sync.clear();
        });
      }
    });

    it('finds the article without <article> (JSON-LD page) and skips its menu and sidebar', async () => {
      const tab = await openArticle('jsonld-no-article.html');
      const h = texts(await tab.eval(readHighlights));
      expect(h['kashif-org']).toEqual(
        expect.arrayContaining(['إنفيديا', 'مايكروسوفت', 'أمازون', 'غوغل', 'أوبن إيه آي', 'إيه إم دي', 'إنتل']),
      );
      expect(Object.values(h).flat()).not.toContain('ميتا'); // sidebar only
      await tab.close();
    });

    it("reads a forum thread without <article> or <p>: its posts' messages, not signatures, user titles, navbar or ticker", async () => {
      const tab = await openArticle('forum-thread.html');
      const h = texts(await tab.eval(readHighlights));
      const all = Object.values(h).flat();
      // A short reply, not tech news on its own, is judged with the thread: its Qwen is highlighted.
      expect(all).toEqual(expect.arrayContaining(['OpenAI', 'ChatGPT', 'ديب سيك', 'ميتا', 'Qwen']));
      // The signatures (Claude, Grok), the user title (Gemini), the ticker and the similar threads (Copilot).
      for (const gone of ['Claude', 'Grok', 'Gemini', 'Copilot']) expect(all).not.toContain(gone);
      await tab.close();
    });

    it('follows an infinite-scroll page that adds a second article', async () => {
      const tab = await openArticle('infinite-scroll.html');
      const h = await until(
        () => tab.eval(readHighlights),
        (x) =>
          Object.values(x)
            .flat()
            .some((r) => r.text === 'مايكروسوفت'),
      );
      expect(texts(h)['kashif-org']).toEqual(expect.arrayContaining(['غوغل', 'مايكروسوفت']));
      await tab.close();
    });

    it('a single-page site that loads its article after the shell: the gate brings Kashif in then', async () => {
      const tab = track(await s.newTab());
      await tab.goto(server.url('late-article.html'));
      const h = await until(
        () => tab.eval(readHighlights),
        (x) => total(x) > 0,
        20_000,
      );
      expect(texts(h)['kashif-org']).toEqual(expect.arrayContaining(['ميتا', 'أوبن إيه آي', 'غوغل']));
      expect(
        Object.values(h)
          .flat()
          .every((r) => r.inArticle),
      ).toBe(true);
      await tab.close();
    });

    it('ignores text in shadow widgets and iframes, and works on a dark page', async () => {
      const tab = await openArticle('shadow-iframe.html');
      const h = Object.values(await tab.eval(readHighlights))
        .flat()
        .map((r) => r.text);
      expect(h).toEqual(expect.arrayContaining(['أنثروبيك', 'غوغل', 'أوبن إيه آي']));
      expect(h.filter((t) => t === 'ميتا')).toEqual([]);
      await tab.close();
      const dark = await openArticle('dark.html');
      await dark.screenshot(artifactPath(`${browserName}-dark-page.png`));
      await dark.close();
    });

    it('does nothing visible on an English page or a non-tech Arabic page full of trap words', async () => {
      for (const path of ['english-tech.html', 'nontech-traps.html']) {
        const tab = await openArticle(path, false);
        expect(total(await tab.eval(readHighlights))).toBe(0);
        expect(await tab.eval(() => document.adoptedStyleSheets.length)).toBe(0);
        await tab.close();
      }
    });

    it('highlights a 100,000-word page near the viewport, following the scroll', async () => {
      const tab = track(await s.newTab());
      await tab.goto(server.url('generated/long.html?words=100000'));
      // ~4,700 mentions: only those within two screens of the viewport are highlighted.
      const near = () => {
        const out = { count: 0, far: 0, openai: 0 };
        for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
          for (const r of h) {
            out.count++;
            const b = r.getBoundingClientRect();
            if (b.bottom < -3.5 * innerHeight || b.top > 4.5 * innerHeight) out.far++;
            if (r.toString() === 'OpenAI') out.openai++;
          }
        return out;
      };
      const top = await until(
        () => tab.eval(near),
        (x) => x.count > 0,
        30_000,
      );
      expect(top.count).toBeLessThan(1500);
      expect(top.far).toBe(0);
      expect(top.openai).toBeGreaterThan(0);
      await tab.eval(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const bottom = await until(
        () =>
          tab.eval(() => {
            const last = [...document.querySelectorAll('article p')].at(-1)!;
            let inLast = 0;
            for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
              for (const r of h) if (last.contains(r.startContainer)) inLast++;
            return inLast;
          }),
        (n) => n > 0,
      );
      expect(bottom).toBeGreaterThan(0);
      const after = await tab.eval(near);
      expect(after.far).toBe(0);
      expect(after.count).toBeLessThan(1500);
      await tab.close();
    });
  });
}
