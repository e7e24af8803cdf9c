// Part of `npm run bench`: what the real extension costs a long page's main thread, in Chromium.
// A main-world probe pings itself through a MessageChannel without end: a gap over 50 ms
// between two pings is a long task. The fixture page runs no script of its own, so after
// DOMContentLoaded the long tasks are Kashif's or the browser's own (layout, rendering); the
// same page on a host where Kashif does not run gives the browser's share.
import { launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/server';

export interface PageTaskRow {
  words: number;
  highlights: number;
  /** Long tasks after the page's load event, with Kashif (a built-in news site). */
  longTasks: number[];
  /** The same page on a host where Kashif does not run: the browser's own long tasks. */
  baselineTasks: number[];
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['context']['newPage']>>;

async function tasksAfterLoad(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const tasks = (globalThis as unknown as { __tasks: Array<[number, number]> }).__tasks;
    return tasks.filter(([start]) => start >= (nav?.domContentLoadedEventEnd ?? 0)).map(([, d]) => Math.round(d));
  });
}

async function observed(s: Awaited<ReturnType<typeof launchChromium>>): Promise<Page> {
  const page = await s.context.newPage();
  await page.addInitScript(() => {
    const g = globalThis as unknown as { __tasks: Array<[number, number]> };
    g.__tasks = [];
    const ch = new MessageChannel();
    let last = performance.now();
    const until = last + 30_000;
    ch.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 50) g.__tasks.push([last, now - last]);
      last = now;
      if (now < until) ch.port2.postMessage(null);
    };
    ch.port2.postMessage(null);
  });
  return page;
}

export async function runPageTaskBench(sizes = [100_000, 300_000]): Promise<PageTaskRow[]> {
  const server = await startFixtureServer();
  const s = await launchChromium();
  const rows: PageTaskRow[] = [];
  try {
    for (const words of sizes) {
      const path = `generated/long.html?words=${words}`;
      const base = await observed(s);
      await base.goto(server.url(path, 'www.not-a-news-site.test'));
      await new Promise((r) => setTimeout(r, 3000));
      const baselineTasks = await tasksAfterLoad(base);
      await base.close();

      const page = await observed(s);
      await page.goto(server.url(path));
      const t0 = Date.now();
      let highlights = 0;
      let stable = 0;
      // Done when the number of highlighted ranges has stopped growing for a second.
      while (Date.now() - t0 < 60_000 && stable < 10) {
        await new Promise((r) => setTimeout(r, 100));
        const n = await page.evaluate(() => {
          let k = 0;
          for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) k += h.size;
          return k;
        });
        stable = n > 0 && n === highlights ? stable + 1 : 0;
        highlights = n;
      }
      rows.push({ words, highlights, longTasks: await tasksAfterLoad(page), baselineTasks });
      await page.close();
    }
  } finally {
    await s.close();
    await server.close();
  }
  return rows;
}
