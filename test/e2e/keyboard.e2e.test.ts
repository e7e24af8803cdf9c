import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from './harness/artifacts';
import { type FixtureServer, startFixtureServer } from './harness/server';
import { type BrowserSession, openSession, until } from './harness/sessions';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/** The focused mention: its text and its position among all highlighted mentions, in document order. */
const focusState = () => {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const h = reg.get('kashif-focus');
  const r = h ? [...h][0] : undefined;
  let index = -1;
  if (r) {
    index = 0;
    for (const [name, set] of reg)
      if (name !== 'kashif-focus')
        for (const x of set) if (x.compareBoundaryPoints(Range.START_TO_START, r) < 0) index++;
  }
  return { focused: r ? r.toString() : null, index, active: document.activeElement?.tagName.toLowerCase() ?? null };
};

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`${browserName}: mention to mention with the keyboard`, () => {
    let s: BrowserSession;
    beforeAll(async () => {
      s = await openSession(browserName);
    });
    afterAll(async () => {
      await s?.close();
    });

    it('the next/previous-mention commands focus each mention in turn and move focus into its card', async () => {
      const tab = await s.newTab();
      await tab.goto(server.url('founding-article.html'));
      await until(
        () => tab.eval(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size),
        (n) => n > 0,
      );
      const popup = await s.extensionPage('popup.html');
      // What the keyboard command's handler in the background sends to the tab.
      const step = (n: 1 | -1) =>
        popup.evalArg(async (delta: 1 | -1) => {
          const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
          const [t] = await api.tabs.query({ url: '*://*.alsawsana.com/*' });
          return api.tabs.sendMessage(t!.id!, { type: 'next-mention', step: delta });
        }, n);
      await step(1);
      const first = await until(
        () => tab.eval(focusState),
        (f) => f.index === 0 && f.active === 'kashif-card',
      );
      expect(first.focused).toBe('OpenAI'); // the headline
      await step(1);
      await until(
        () => tab.eval(focusState),
        (f) => f.index === 1,
      );
      await step(1);
      await until(
        () => tab.eval(focusState),
        (f) => f.index === 2,
      );
      await step(-1);
      const back = await until(
        () => tab.eval(focusState),
        (f) => f.index === 1,
      );
      expect(back).toMatchObject({ focused: 'OpenAI', active: 'kashif-card' }); // the photo caption
      await tab.screenshot(artifactPath(`${browserName}-keyboard-card.png`));
      await popup.close();
      await tab.close();
    });
  });
}
