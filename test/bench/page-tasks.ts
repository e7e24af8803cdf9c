// Part of `npm run bench`: what the real extension costs a page's main thread, in Chromium
// (CPU time of each task, from the trace's thread durations).
// A Chrome trace (CDP Tracing) of the page's load: every task of the page's main thread, and
// inside each, the script that ran in it. A task is Kashif's when script of our extension ran
// in it; its length and how much of it was our script are printed, with the page's longest
// task that holds no script of ours (the browser parsing and laying out the page) beside it.
import { launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/server';

export interface PageTaskRow {
  /** Words of the generated article, or the fixture page's name. */
  words: number | string;
  highlights: number;
  /** Tasks that ran Kashif's script, longest first: [task ms, of which our script ms]. */
  ours: Array<[number, number]>;
  /** The longest task without any of our script (the browser's own work on the page). */
  browserLongestMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: the wall time minus what the thread was descheduled for. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: Array<{ url?: string }> } };
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireAnimationFrame']);

function isOurs(e: TraceEvent): boolean {
  const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  return url.startsWith('chrome-extension://');
}

/** Tasks of the renderer main thread that shows the page (the one with the most RunTask time). */
function analyse(events: TraceEvent[]) {
  const threads = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      threads.set(`${e.pid}:${e.tid}`, 0);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`));
  for (const t of tasks) {
    const k = `${t.pid}:${t.tid}`;
    threads.set(k, threads.get(k)! + (t.dur ?? 0));
  }
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;
  const mainTasks = tasks.filter(onMain).sort((a, b) => a.ts - b.ts);
  const scripts = events.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && onMain(e) && isOurs(e));
  const ours: Array<[number, number]> = [];
  let browserLongest = 0;
  for (const t of mainTasks) {
    const end = t.ts + (t.dur ?? 0);
    const inside = scripts.filter((s) => s.ts >= t.ts && s.ts < end);
    // CPU time of the task: on a busy 2-core machine wall time also counts other processes.
    const ms = (t.tdur ?? t.dur ?? 0) / 1000;
    if (inside.length) {
      // Nested script events (a compile inside an evaluation) are counted once: the outermost.
      let scriptUs = 0;
      let coveredTo = 0;
      for (const s of inside.sort((a, b) => a.ts - b.ts)) {
        const sEnd = s.ts + (s.dur ?? 0);
        if (s.ts >= coveredTo) {
          scriptUs += s.tdur ?? s.dur ?? 0;
          coveredTo = sEnd;
        } else if (sEnd > coveredTo) {
          scriptUs += ((sEnd - coveredTo) * (s.tdur ?? s.dur ?? 0)) / Math.max(1, s.dur ?? 1);
          coveredTo = sEnd;
        }
      }
      ours.push([Math.round(ms), Math.round(scriptUs / 1000)]);
    } else browserLongest = Math.max(browserLongest, ms);
  }
  ours.sort((a, b) => b[0] - a[0]);
  return { ours, browserLongestMs: Math.round(browserLongest) };
}

/** Sizes of generated Arabic articles (words), or fixture pages by name ('english-tech.html'). */
export async function runPageTaskBench(
  sizes: Array<number | string> = [3_000, 100_000, 300_000],
): Promise<PageTaskRow[]> {
  const server = await startFixtureServer();
  const s = await launchChromium();
  const rows: PageTaskRow[] = [];
  try {
    for (const words of sizes) {
      const page = await s.context.newPage();
      const cdp = await s.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => {
        for (const v of e.value) events.push(v as unknown as TraceEvent);
      });
      await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', '__metadata'],
        },
        transferMode: 'ReportEvents',
      });
      await page.goto(server.url(typeof words === 'number' ? `generated/long.html?words=${words}` : words));
      let highlights = 0;
      let stable = 0;
      const t0 = Date.now();
      // Done when the number of highlighted ranges has not changed for a second (a page
      // without an article: after three seconds).
      while (Date.now() - t0 < 60_000 && stable < 10 && !(highlights === 0 && Date.now() - t0 > 3000)) {
        await new Promise((r) => setTimeout(r, 100));
        const n = await page.evaluate(() => {
          let k = 0;
          for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) k += h.size;
          return k;
        });
        stable = n > 0 && n === highlights ? stable + 1 : 0;
        highlights = n;
      }
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      rows.push({ words, highlights, ...analyse(events) });
      await page.close();
    }
  } finally {
    await s.close();
    await server.close();
  }
  return rows;
}
