// `npm run demo`: opens the founding article in Debian's Chromium with the real
// build loaded, prints what Kashif found, and saves screenshots.
import { artifactPath } from '../test/e2e/harness/artifacts';
import { launchChromium } from '../test/e2e/harness/chromium';
import { startFixtureServer } from '../test/e2e/harness/server';

const server = await startFixtureServer();
const session = await launchChromium();
try {
  const page = await session.context.newPage();
  const url = server.url('founding-article.html');
  await page.goto(url);
  const readState = () =>
    session.worker.evaluate(async () => {
      const all = await (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.session.get(null);
      return Object.values(all)[0] as
        | { state: { status: string; entities: Array<{ id: string; count: number }> } }
        | undefined;
    });
  let stored = await readState();
  for (let i = 0; i < 100 && !stored; i++) {
    await new Promise((r) => setTimeout(r, 100));
    stored = await readState();
  }
  const shots: string[] = [];
  shots.push(artifactPath('demo-article.png'));
  await page.screenshot({ path: shots[shots.length - 1]! });
  for (const name of ['sidepanel', 'popup']) {
    const ui = await session.openExtensionPage(`${name}.html`);
    await ui.waitForTimeout(300);
    shots.push(artifactPath(`demo-${name}.png`));
    await ui.screenshot({ path: shots[shots.length - 1]! });
  }
  console.log(`Kashif on ${url}`);
  console.log(`page status: ${stored?.state.status ?? 'no report'}`);
  for (const e of stored?.state.entities ?? []) console.log(`  ${e.id}: ${e.count} mention(s)`);
  console.log('screenshots:');
  for (const s of shots) console.log(`  ${s}`);
  console.log('builds: .output/chrome-mv3 and .output/firefox-mv3');
} finally {
  await session.close();
  await server.close();
}
