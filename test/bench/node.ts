// Node part of `npm run bench`: our matcher vs a trie-optimised regex vs a read-only loop.
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../../lib/kb/schema';
import { loadMatcher, type Matcher, type MatcherData } from '../../lib/matcher/compile';
import { recognize } from '../../lib/recognize';
import { countRegexMatches, readEveryChar, timeIt, trieRegex } from './baselines';
import { allNames, workloads } from './workloads';

export interface BenchRow {
  env: string;
  workload: string;
  words: number;
  oursMs: number;
  oursMBs: number;
  regexRatio: number;
  ceilingShare: number;
  mentions: number;
}

/** Bytes held by the compiled matcher's arrays and values. */
export function matcherBytes(m: Matcher): number {
  const t = m.trie;
  let values = 0;
  for (const v of t.values) values += 16 + v.length * 8;
  return (
    t.firstChild.byteLength +
    t.childCount.byteLength +
    t.char.byteLength +
    t.terminal.byteLength +
    t.rootIndex.byteLength +
    values
  );
}

export function runNodeBench(): { rows: BenchRow[]; coldStartMs: number; matcherKB: number; regexKB: number } {
  const kb = JSON.parse(readFileSync('assets/kb/kb.json', 'utf8')) as KnowledgeBase;
  const matcherJson = readFileSync('assets/kb/matcher.json', 'utf8');
  const t0 = performance.now();
  const matcher = loadMatcher(JSON.parse(matcherJson) as MatcherData);
  const loads = workloads();
  recognize(loads[0]!.text, matcher);
  const coldStartMs = performance.now() - t0;
  const re = trieRegex(allNames(kb));
  const rows: BenchRow[] = [];
  for (const w of loads) {
    const ours = timeIt(() => recognize(w.text, matcher, { always: true }));
    const regex = timeIt(() => countRegexMatches(re, w.text), 200, 20);
    const ceiling = timeIt(() => readEveryChar(w.text));
    const mentions = recognize(w.text, matcher, { always: true }).entities.reduce((n, e) => n + e.mentions.length, 0);
    rows.push({
      env: 'node',
      workload: w.name,
      words: w.words,
      oursMs: ours,
      oursMBs: (w.text.length * 2) / 1e6 / (ours / 1000),
      regexRatio: regex / ours,
      ceilingShare: ceiling / ours,
      mentions,
    });
  }
  return { rows, coldStartMs, matcherKB: matcherBytes(matcher) / 1024, regexKB: re.source.length / 1024 };
}
