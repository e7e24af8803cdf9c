import { readFileSync } from 'node:fs';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { type FixtureServer, startFixtureServer } from './harness/server';
import { until } from './harness/sessions';

// The real side panel, popup and options pages, driven in both browsers with the
// founding article open: searches, cards, settings that persist, axe-core, screenshots.

/** What these tests need of a page, over Playwright (Chromium) and Puppeteer/BiDi (Firefox). */
interface UiPage {
  eval<T>(fn: () => T): Promise<Awaited<T>>;
  evalArg<A, T>(fn: (a: A) => T, arg: A): Promise<Awaited<T>>;
  /** Runs a script's source in the page (how axe-core is injected: extension pages forbid inline scripts). */
  evalSource(source: string): Promise<void>;
  /** Focuses the element and types with the keyboard, character by character. */
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  viewport(width: number, height: number): Promise<void>;
  /**
   * Emulates the reader's system preferences (prefers-color-scheme, prefers-reduced-motion).
   * Null where the driver cannot (Puppeteer over WebDriver BiDi needs CDP for it).
   */
  emulate:
    | null
    | ((prefs: { colorScheme: 'light' | 'dark'; reducedMotion: 'reduce' | 'no-preference' }) => Promise<void>);
  screenshot(path: string): Promise<void>;
  /** Makes the page's tab the active one (a background tab may not lay out or scroll). */
  front(): Promise<void>;
  close(): Promise<void>;
}

interface UiSession {
  name: 'chromium' | 'firefox';
  newTab(url: string): Promise<UiPage>;
  /** An extension page in a tab, once its app has rendered (its <main> is no longer busy). */
  page(path: string): Promise<UiPage>;
  close(): Promise<void>;
}

async function rendered(page: UiPage): Promise<UiPage> {
  await until(() => page.eval(() => !!document.querySelector('main[data-testid]:not([aria-busy])')), Boolean);
  return page;
}

function fromPlaywright(p: PwPage): UiPage {
  return {
    eval: (fn) => p.evaluate(fn) as never,
    evalArg: (fn, arg) => p.evaluate(fn as never, arg as never) as never,
    evalSource: async (src) => void (await p.evaluate(`${src}\n;void 0`)),
    type: async (sel, text) => {
      await p.fill(sel, '');
      await p.focus(sel);
      await p.keyboard.type(text);
    },
    press: (key) => p.keyboard.press(key),
    click: (sel) => p.click(sel),
    viewport: (width, height) => p.setViewportSize({ width, height }),
    emulate: (prefs) => p.emulateMedia(prefs),
    screenshot: async (path) => void (await p.screenshot({ path, fullPage: true })),
    front: () => p.bringToFront(),
    close: () => p.close(),
  };
}

function fromPuppeteer(p: PpPage): UiPage {
  return {
    eval: (fn) => p.evaluate(fn) as never,
    evalArg: (fn, arg) => p.evaluate(fn as never, arg as never) as never,
    evalSource: async (src) => void (await p.evaluate(`${src}\n;void 0`)),
    type: async (sel, text) => {
      await p.$eval(sel, (el) => {
        (el as HTMLInputElement).value = '';
        (el as HTMLInputElement).focus();
      });
      await p.keyboard.type(text);
    },
    press: (key) => p.keyboard.press(key as never),
    click: (sel) => p.click(sel),
    viewport: (width, height) => p.setViewport({ width, height }),
    emulate: null,
    screenshot: async (path) => void (await p.screenshot({ path: path as `${string}.png`, fullPage: true })),
    front: () => p.bringToFront(),
    close: () => p.close(),
  };
}

async function openUiSession(name: 'chromium' | 'firefox'): Promise<UiSession> {
  if (name === 'chromium') {
    const s = await launchChromium();
    return {
      name,
      newTab: async (url) => {
        const p = await s.context.newPage();
        await p.goto(url);
        return fromPlaywright(p);
      },
      page: async (path) => rendered(fromPlaywright(await s.openExtensionPage(path))),
      close: () => s.close(),
    };
  }
  const s = await launchFirefox();
  return {
    name,
    newTab: async (url) => {
      const p = await s.browser.newPage();
      await p.goto(url);
      return fromPuppeteer(p);
    },
    page: async (path) => rendered(fromPuppeteer(await s.openExtensionPage(path))),
    close: () => s.close(),
  };
}

type Api = {
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  storage: {
    sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
  };
  runtime: { sendMessage(m: unknown): Promise<unknown>; getManifest(): { version: string } };
};

/** Sets UI settings as the options page would (the pages follow storage changes live). */
async function setUi(page: UiPage, uiLanguage: 'ar' | 'en', theme: 'light' | 'dark') {
  await page.evalArg(
    async ([l, th]) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const a = (g.browser ?? g.chrome)!;
      const got = await a.storage.sync.get('kashif.settings');
      const prev = (got['kashif.settings'] ?? { version: 2 }) as object;
      await a.storage.sync.set({
        'kashif.settings': { ...prev, uiLanguage: l, theme: th, digits: l === 'ar' ? 'arab' : 'latn' },
      });
    },
    [uiLanguage, theme] as const,
  );
  await until(
    () => page.eval(() => [document.documentElement.lang, document.documentElement.getAttribute('data-theme')]),
    ([l, th]) => l === uiLanguage && th === theme,
  );
}

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's serious and critical violations on the page, as "rule: target" lines. */
async function axeProblems(page: UiPage): Promise<string[]> {
  await page.evalSource(AXE_SOURCE);
  return page.eval(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
    type AxeResult = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
  });
}

/** An element's text, whitespace collapsed ('' when absent). */
const readText = (page: UiPage, selector: string) =>
  page.evalArg((sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`${browserName}: side panel, popup and options with the founding article open`, () => {
    let s: UiSession;
    let article: UiPage;
    beforeAll(async () => {
      s = await openUiSession(browserName);
      article = await s.newTab(server.url('founding-article.html'));
      await until(
        () => article.eval(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size),
        (n) => n > 0,
      );
    });
    afterAll(async () => {
      await s?.close();
    });

    it('side panel: summary, grouped cards, news time, timeline, compare, mention jumps, show-entity, export', async () => {
      const panel = await s.page('sidepanel.html');
      await panel.viewport(400, 900);
      await setUi(panel, 'ar', 'light');
      await until(
        panel.eval.bind(null, () => !!document.querySelector('[data-entity-id="openai"]')),
        Boolean,
      );
      expect(await panel.eval(() => document.documentElement.dir)).toBe('rtl');
      expect(await readText(panel, '[data-testid="summary-countries"]')).toMatch(
        /^[٠-٩]+ من الولايات المتحدة، [٠-٩]+ من الصين$/,
      );
      expect(await readText(panel, '.k-article-date')).toBe('تاريخ المقال: ١٩ أغسطس ٢٠٢٥');
      const groups = await panel.eval(() =>
        [...document.querySelectorAll('section.k-group')].map((g) => g.getAttribute('data-group')),
      );
      expect(groups.slice(0, 2)).toEqual(['organization', 'model']);
      expect(await panel.eval(() => document.querySelectorAll('.k-tl [data-timeline-id]').length)).toBeGreaterThan(4);

      // GPT-4, seen from the article's date (2025-08-19): 2 years and 5 months old; GPT-5 newest in its line.
      await panel.click('[data-entity-id="gpt-4"] .k-card-toggle');
      const gpt4 = await readText(panel, '[data-entity-id="gpt-4"] .k-newstime');
      expect(gpt4).toContain('عمره حين نُشر المقال: سنتان و٥ أشهر');
      expect(gpt4).toContain('GPT-5');

      // Next mention of OpenAI: the article scrolls to it and marks it.
      await panel.click('[data-entity-id="openai"] .k-card-toggle');
      await panel.click('[data-entity-id="openai"] .k-mention-nav button:last-child');
      await until(
        () =>
          article.eval(() =>
            String(
              [
                ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('kashif-focus') ?? []),
              ][0] ?? '',
            ),
          ),
        (t) => t === 'OpenAI',
      );
      expect(await readText(panel, '[data-entity-id="openai"] .k-mention-pos')).toBe('الإشارة ١ من ٦');

      // A "show-entity" broadcast (the reader chose DeepSeek-R1 on the page) expands and scrolls to its card.
      // The message names the article's real tab: whether the panel follows "the latest article"
      // or (once the popup's tab closes and the article's tab is active again) that tab, it applies.
      // The panel here is a tab standing in for the side panel: in Firefox, under load, it may still
      // follow the popup's tab when the message arrives (a real side panel follows the article's tab),
      // so the reader's choice is sent again, at most three times, until the card shows.
      const showEntity = async () => {
        const other = await s.page('popup.html');
        await other.eval(async () => {
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          const api = (g.browser ?? g.chrome)!;
          const [tab] = await api.tabs.query({ url: '*://www.alsawsana.com/*' });
          await api.runtime
            .sendMessage({ type: 'show-entity', tabId: tab!.id, entityId: 'deepseek-r1' })
            .catch(() => {});
        });
        await other.close();
        // Closing a tab activates another (in Firefox, often the article's): the panel's scroll
        // runs only while its tab is shown, as a real side panel always is.
        await panel.front();
      };
      const cardShown = () =>
        panel.eval(() => {
          const card = document.querySelector('[data-entity-id="deepseek-r1"]');
          const r = card?.getBoundingClientRect();
          return (
            !!r &&
            card?.querySelector('.k-card-toggle')?.getAttribute('aria-expanded') === 'true' &&
            r.top < innerHeight
          );
        });
      let shown = false;
      for (let attempt = 0; attempt < 3 && !shown; attempt++) {
        await showEntity();
        shown = await until(cardShown, Boolean, 8_000).then(
          () => true,
          () => false,
        );
      }
      expect(shown).toBe(true);

      // Export: catch the <a download> the panel clicks and read its blob.
      await panel.eval(() => {
        const w = window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> };
        w.__downloads = [];
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          w.__downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
        };
      });
      await panel.click('.k-toolbar button:nth-child(1)');
      await panel.click('.k-toolbar button:nth-child(2)');
      const files = await panel.eval(async () => {
        const w = window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> };
        return Promise.all(w.__downloads.map(async (d) => ({ name: d.name, text: await d.text })));
      });
      expect(files.map((f) => f.name.split('.').pop())).toEqual(['md', 'json']);
      expect(files[0]!.text).toContain('### أوبن إيه آي (OpenAI)');
      const json = JSON.parse(files[1]!.text) as { entities: Array<{ id: string; mentions: number }> };
      expect(json.entities.find((e) => e.id === 'openai')?.mentions).toBe(6);

      expect(await axeProblems(panel)).toEqual([]);
      for (const lang of ['ar', 'en'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          await setUi(panel, lang, theme);
          await panel.eval(() => scrollTo(0, 0));
          await panel.screenshot(artifactPath(`${browserName}-panel-${lang}-${theme}.png`));
          if (theme === 'dark') expect(await axeProblems(panel)).toEqual([]);
        }
      }
      await panel.close();
    });

    it('popup: search as you type in any spelling, keyboard choice, the card, the page status', async () => {
      const popup = await s.page('popup.html');
      await popup.viewport(400, 600);
      await setUi(popup, 'ar', 'light');
      await until(
        popup.eval.bind(null, () => !!document.querySelector('input[role="combobox"]')),
        Boolean,
      );
      const firstResult = () =>
        popup.eval(() =>
          document.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('data-result-id'),
        );
      for (const [query, id] of [
        ['اوبن ايه اي', 'openai'],
        ['deepsek', 'deepseek'],
        ['جيميناي', 'gemini'],
      ] as const) {
        await popup.type('input[role="combobox"]', query);
        await until(firstResult, (r) => r === id);
      }
      // ArrowDown then ArrowUp comes back to the first; Enter shows its card.
      await popup.press('ArrowDown');
      await popup.press('ArrowUp');
      expect(
        await popup.eval(() => {
          const input = document.querySelector('input[role="combobox"]')!;
          return document
            .getElementById(input.getAttribute('aria-activedescendant') ?? '')
            ?.getAttribute('data-result-id');
        }),
      ).toBe('gemini');
      await popup.press('Enter');
      await until(
        () =>
          popup.eval(() =>
            document.querySelector('[data-testid="chosen-card"] [data-entity-id]')?.getAttribute('data-entity-id'),
          ),
        (v) => v === 'gemini',
      );
      expect(await popup.eval(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      // The founding article is the latest page: an Arabic tech article, Kashif on for its site.
      expect(await readText(popup, '[data-testid="page-status"]')).toMatch(
        /^مقال تقني عربي · النماذج والشركات فيه: [٠-٩]+$/,
      );
      expect(await popup.eval(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked'))).toBe(
        'true',
      );
      expect(await axeProblems(popup)).toEqual([]);

      for (const lang of ['ar', 'en'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          await setUi(popup, lang, theme);
          await popup.type('input[role="combobox"]', lang === 'ar' ? 'جيميناي' : 'deepsek');
          await until(firstResult, (r) => r === (lang === 'ar' ? 'gemini' : 'deepseek'));
          // Choose the first result (its card shows), then reopen the list with ArrowDown: both in the picture.
          await popup.press('Enter');
          await popup.press('ArrowDown');
          await until(firstResult, (r) => r === (lang === 'ar' ? 'gemini' : 'deepseek'));
          await popup.screenshot(artifactPath(`${browserName}-popup-${lang}-${theme}.png`));
          if (theme === 'dark') expect(await axeProblems(popup)).toEqual([]);
        }
      }
      await popup.close();
    });

    it('follows the system: prefers-color-scheme with the "auto" theme, prefers-reduced-motion', async () => {
      const popup = await s.page('popup.html');
      await popup.eval(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        await (g.browser ?? g.chrome)!.storage.sync.clear();
      });
      await until(
        () => popup.eval(() => document.documentElement.hasAttribute('data-theme')),
        (v) => !v,
      );
      const look = () =>
        popup.eval(() => [
          getComputedStyle(document.body).backgroundColor,
          getComputedStyle(document.querySelector('.k-switch-track')!).transitionDuration,
        ]);
      if (popup.emulate) {
        await popup.emulate({ colorScheme: 'dark', reducedMotion: 'reduce' });
        await until(look, ([bg, t]) => bg === 'rgb(17, 24, 39)' && t === '0s');
        await popup.emulate({ colorScheme: 'light', reducedMotion: 'no-preference' });
        await until(look, ([bg, t]) => bg === 'rgb(255, 255, 255)' && t !== '0s');
      } else {
        // Firefox over BiDi cannot emulate media features: check that the page's own
        // stylesheet carries the rules the browser applies (what Chromium proves above).
        const media = await popup.eval(() =>
          [...document.styleSheets].flatMap((sheet) =>
            [...sheet.cssRules].flatMap((r) => (r instanceof CSSMediaRule ? [r.conditionText] : [])),
          ),
        );
        expect(media).toContain('(prefers-color-scheme: dark)');
        expect(media).toContain('(prefers-reduced-motion: reduce)');
        expect((await look())[0]).toBe(
          (await popup.eval(() => matchMedia('(prefers-color-scheme: dark)').matches))
            ? 'rgb(17, 24, 39)'
            : 'rgb(255, 255, 255)',
        );
      }
      await popup.close();
    });

    it('options: a change persists across a reload; version, data date, shortcuts; no serious axe violation', async () => {
      let options = await s.page('options.html');
      await options.viewport(800, 1200);
      await options.eval(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        await (g.browser ?? g.chrome)!.storage.sync.clear();
      });
      await until(
        () =>
          options.eval(
            () => document.documentElement.lang === 'ar' && !document.documentElement.hasAttribute('data-theme'),
          ),
        Boolean,
      );
      // Choose the dark theme and Arabic-Indic digits with the real controls.
      const radio = (section: string, index: number) =>
        `[data-section="${section}"] fieldset:nth-of-type(${index}) label:last-of-type input`;
      await options.click(radio('interface', 3));
      await options.click('[data-section="interface"] fieldset:nth-of-type(2) label:nth-of-type(1) input');
      await until(
        () => readText(options, '[data-testid="save-status"]'),
        (t) => t === 'حُفظ.',
      );
      // Both changes are kept (two quick clicks must not undo each other), and applied.
      await until(
        () =>
          options.eval(() => [
            document.documentElement.getAttribute('data-theme'),
            document.querySelector('[data-testid="kb-as-of"]')?.textContent ?? '',
          ]),
        ([theme, asOf]) => theme === 'dark' && /[٠-٩]{4}$/.test(asOf ?? ''),
      );
      await options.close();
      options = await s.page('options.html');
      await options.viewport(800, 1200);
      await until(
        options.eval.bind(null, () => document.documentElement.getAttribute('data-theme')),
        (t) => t === 'dark',
      );
      expect(
        await options.eval(
          () =>
            (
              document.querySelector(
                '[data-section="interface"] fieldset:nth-of-type(3) label:last-of-type input',
              ) as HTMLInputElement
            ).checked,
        ),
      ).toBe(true);
      expect(await readText(options, '[data-testid="kb-as-of"]')).toMatch(/[٠-٩]{4}$/);
      const version = await options.eval(() => {
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        return (g.browser ?? g.chrome)!.runtime.getManifest().version;
      });
      expect(await readText(options, '[data-testid="version"]')).toBe(version);
      expect(await options.eval(() => document.querySelectorAll('[data-command]').length)).toBeGreaterThanOrEqual(3);
      expect(await axeProblems(options)).toEqual([]);

      for (const lang of ['ar', 'en'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          await setUi(options, lang, theme);
          await options.screenshot(artifactPath(`${browserName}-options-${lang}-${theme}.png`));
          if (theme === 'light') expect(await axeProblems(options)).toEqual([]);
        }
      }
      await options.eval(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        await (g.browser ?? g.chrome)!.storage.sync.clear();
      });
      await options.close();
    });
  });
}
