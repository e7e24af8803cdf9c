// Node part of `npm run bench`: our matcher vs a trie-optimised regex vs a read-only loop.
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../../lib/kb/schema';
import { loadMatcher, type Matcher, type MatcherData } from '../../lib/matcher/compile';
import { dfaOf } from '../../lib/matcher/dfa';
import { scanNames } from '../../lib/matcher/scan';
import { recognize } from '../../lib/recognize';
import { type TextTiming, timeText, trieRegex } from './baselines';
import { allNames, workloads } from './workloads';

export interface BenchRow {
  env: string;
  workload: string;
  words: number;
  /** The matcher (fold + find every name). */
  oursMs: number;
  oursMBs: number;
  regexRatio: number;
  ceilingShare: number;
  /** The whole recognition (with the verdict and the context rules). */
  wholeMs: number;
  wholeRegexRatio: number;
  mentions: number;
}

export function benchRow(env: string, workload: string, words: number, t: TextTiming): BenchRow {
  return {
    env,
    workload,
    words,
    oursMs: t.matcher,
    oursMBs: (t.chars * 2) / 1e6 / (t.matcher / 1000),
    regexRatio: t.regex / t.matcher,
    ceilingShare: t.ceiling / t.matcher,
    wholeMs: t.recognize,
    wholeRegexRatio: t.regex / t.recognize,
    mentions: t.mentions,
  };
}

/** Bytes held by the compiled matcher's arrays and values (the automaton's states, built as texts need them, apart). */
export function matcherBytes(m: Matcher): number {
  const t = m.trie;
  // A slot per terminal, and each distinct list once (equal lists are shared).
  let values = t.values.length * 8;
  for (const v of new Set(t.values)) values += 16 + v.length * 8;
  return (
    t.firstChild.byteLength +
    t.childCount.byteLength +
    t.char.byteLength +
    t.terminal.byteLength +
    t.alpha.byteLength +
    t.denseRow.byteLength +
    t.dense.byteLength +
    t.letters.byteLength +
    values
  );
}

export function runNodeBench(): {
  rows: BenchRow[];
  coldStartMs: number;
  matcherKB: number;
  regexKB: number;
  /** The automaton's states after every workload, and the bytes they hold. */
  dfaStates: number;
  dfaKB: number;
} {
  const kb = JSON.parse(readFileSync('assets/kb/kb.json', 'utf8')) as KnowledgeBase;
  const matcherJson = readFileSync('assets/kb/matcher.json', 'utf8');
  const loads = workloads();
  const t0 = performance.now();
  const matcher = loadMatcher(JSON.parse(matcherJson) as MatcherData);
  recognize(loads[0]!.text, matcher);
  const coldStartMs = performance.now() - t0;
  const re = trieRegex(allNames(kb));
  const rows: BenchRow[] = [];
  for (const w of loads) {
    const t = timeText(
      w.text,
      () => scanNames(w.text, matcher.trie),
      () => recognize(w.text, matcher, { always: true }).entities.reduce((n, e) => n + e.mentions.length, 0),
      re,
    );
    rows.push(benchRow('node', w.name, w.words, t));
  }
  const dfa = dfaOf(matcher.trie);
  return {
    rows,
    coldStartMs,
    matcherKB: matcherBytes(matcher) / 1024,
    regexKB: re.source.length / 1024,
    dfaStates: dfa.states,
    dfaKB: dfa.bytes() / 1024,
  };
}
