// Browser part of `npm run bench`: the same workloads in Debian's Chromium and Firefox ESR.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { KnowledgeBase } from '../../lib/kb/schema';
import { CHROMIUM_PATH } from '../e2e/harness/chromium';
import { FIREFOX_PATH } from '../e2e/harness/firefox';
import { startFixtureServer } from '../e2e/harness/server';
import { type TextTiming, trieRegex } from './baselines';
import { type BenchRow, benchRow } from './node';
import { allNames, workloads } from './workloads';

export interface DomRow {
  env: string;
  workload: string;
  oursMs: number;
  markMs: number;
  coldStartMs: number;
  mutations: number;
  highlighted: number;
  marked: number;
}

type TextResult = TextTiming & { name: string };
type DomResult = { oursMs: number; coldStartMs: number; mutations: number; highlighted: number };
type MarkResult = { markMs: number; marked: number };

interface Driver {
  goto(url: string): Promise<void>;
  evaluate<A, T>(fn: (arg: A) => T, arg: A): Promise<Awaited<T>>;
  addScript(code: string): Promise<void>;
  close(): Promise<void>;
}

export async function runBrowserBench(): Promise<{ rows: BenchRow[]; dom: DomRow[] }> {
  const bundle = await build({
    entryPoints: ['test/bench/browser-entry.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    platform: 'browser',
  });
  const code = bundle.outputFiles[0]!.text;
  const kb = JSON.parse(readFileSync('assets/kb/kb.json', 'utf8')) as KnowledgeBase;
  const matcherJson = readFileSync('assets/kb/matcher.json', 'utf8');
  const regexSource = trieRegex(allNames(kb)).source;
  const texts = workloads().map((w) => ({ name: w.name, text: w.text }));
  const words = new Map(workloads().map((w) => [w.name, w.words]));
  const server = await startFixtureServer();
  const rows: BenchRow[] = [];
  const dom: DomRow[] = [];
  const drivers: Array<[string, () => Promise<Driver>]> = [
    [
      'chromium',
      async () => {
        const b = await chromium.launch({
          executablePath: CHROMIUM_PATH,
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--host-resolver-rules=MAP * 127.0.0.1',
          ],
        });
        const page = await b.newPage();
        return {
          goto: async (u) => void (await page.goto(u)),
          evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
          addScript: async (c) => void (await page.addScriptTag({ content: c })),
          close: () => b.close(),
        };
      },
    ],
    [
      'firefox',
      async () => {
        const b = await puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX_PATH,
          headless: true,
          extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1', 'dom.security.https_first': false },
        });
        const page = await b.newPage();
        return {
          goto: async (u) => void (await page.goto(u)),
          evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
          addScript: async (c) => void (await page.addScriptTag({ content: c })),
          close: () => b.close(),
        };
      },
    ],
  ];
  try {
    for (const [env, launch] of drivers) {
      const d = await launch();
      try {
        await d.goto(server.url('generated/long.html?words=3000'));
        await d.addScript(code);
        const text = (await d.evaluate(
          (a: { m: string; t: unknown; r: string }) =>
            (
              globalThis as unknown as { kashifBench: { textBench: (...x: unknown[]) => unknown } }
            ).kashifBench.textBench(a.m, a.t, a.r),
          { m: matcherJson, t: texts, r: regexSource },
        )) as TextResult[];
        for (const r of text) rows.push(benchRow(env, r.name, words.get(r.name) ?? 0, r));
        for (const [label, path, warm, runs] of [
          ['founding article page', 'founding-article.html', 2, 7],
          ['3,000-word page', 'generated/long.html?words=3000', 2, 7],
          ['100,000-word page', 'generated/long.html?words=100000', 1, 3],
        ] as const) {
          await d.goto(server.url(path));
          await d.addScript(code);
          const r = (await d.evaluate(
            (a: { m: string }) =>
              (
                globalThis as unknown as { kashifBench: { domBench: (...x: unknown[]) => unknown } }
              ).kashifBench.domBench(a.m),
            { m: matcherJson },
          )) as DomResult;
          await d.goto(server.url(path));
          await d.addScript(code);
          const mk = (await d.evaluate(
            (a: { r: string; w: number; n: number }) =>
              (
                globalThis as unknown as { kashifBench: { markBench: (...x: unknown[]) => unknown } }
              ).kashifBench.markBench(a.r, a.w, a.n),
            { r: regexSource, w: warm, n: runs },
          )) as MarkResult;
          dom.push({
            env,
            workload: label,
            oursMs: r.oursMs,
            markMs: mk.markMs,
            coldStartMs: r.coldStartMs,
            mutations: r.mutations,
            highlighted: r.highlighted,
            marked: mk.marked,
          });
        }
      } finally {
        await d.close();
      }
    }
  } finally {
    await server.close();
  }
  return { rows, dom };
}
