// `npm run bench`: the recognition engine's speed in Node and in real Chromium and
// Firefox, as ratios against baselines run in the same process on the same text.
import { MAX_STATES } from '../../lib/matcher/dfa';
import { runBrowserBench } from './browser';
import { type BenchRow, runNodeBench } from './node';
import { runPageTaskBench } from './page-tasks';

const fmt = (n: number, d = 1) => n.toFixed(d);

function printRows(rows: BenchRow[]) {
  console.log(
    'env       workload              words  matcher ms   MB/s   ×regex  share of read-only loop  whole ms  whole ×regex  mentions',
  );
  for (const r of rows) {
    console.log(
      `${r.env.padEnd(9)} ${r.workload.padEnd(21)} ${String(r.words).padStart(6)} ${fmt(r.oursMs, 2).padStart(11)} ${fmt(r.oursMBs).padStart(6)} ${fmt(r.regexRatio).padStart(7)}× ${`${fmt(r.ceilingShare * 100, 0)}%`.padStart(24)} ${fmt(r.wholeMs, 2).padStart(9)} ${fmt(r.wholeRegexRatio).padStart(12)}× ${String(r.mentions).padStart(9)}`,
    );
  }
  console.log(
    "(matcher: fold the text and find every name, the regex's job; whole: the matcher plus the article verdict, the context rules for ambiguous names and the offsets)",
  );
}

const node = runNodeBench();
console.log('# Kashif recognition benchmark');
console.log(
  `compiled matcher in memory: ${fmt(node.matcherKB, 0)} KB; baseline regex source: ${fmt(node.regexKB, 0)} KB`,
);
console.log(
  `the scanner's automaton after the three texts: ${node.dfaStates} states built, ${fmt(node.dfaKB, 0)} KB (states are built as texts reach them, at most ${MAX_STATES})`,
);
console.log(`node cold start (load matcher + first scan of the founding article): ${fmt(node.coldStartMs)} ms`);
printRows(node.rows);
if (!process.argv.includes('--node-only')) {
  const browser = await runBrowserBench();
  printRows(browser.rows);
  for (const d of browser.dom) {
    console.log(
      `${d.env.padEnd(9)} DOM ${d.workload}: Kashif (collect + match + highlight) ${fmt(d.oursMs, 1)} ms for ${d.highlighted} mentions, mark.js ${fmt(d.markMs, 1)} ms for ${d.marked} → ${fmt(d.markMs / d.oursMs)}× faster; cold start ${fmt(d.coldStartMs, 1)} ms; page mutations by Kashif ${d.mutations}`,
    );
  }
  // Each kind of page twice: the first visit compiles our scripts (a cold browser), the second shows the usual cost.
  const pages = await runPageTaskBench([
    'english-tech.html',
    'english-tech.html',
    'nontech-traps.html',
    'nontech-traps.html',
    3_000,
    3_000,
    100_000,
    300_000,
  ]);
  console.log(
    "chromium  the real extension (Chrome trace of the page's main thread): tasks that ran Kashif's script, as task CPU ms (of which our script), longest first; each kind of page twice (cold, then warm)",
  );
  for (const p of pages) {
    const ours = p.ours.slice(0, 4).map(([task, script]) => `${task} (${script})`);
    console.log(
      `chromium  ${typeof p.words === 'number' ? `${String(p.words).padStart(7)} words` : p.words}: ${String(p.highlights).padStart(5)} ranges highlighted; Kashif's tasks: ${ours.join(', ') || 'none'}${p.ours.length > 4 ? ` … (${p.ours.length} in all)` : ''}; the browser's own longest task on the page: ${p.browserLongestMs}`,
    );
  }
}
