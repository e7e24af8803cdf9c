// Bundled by esbuild and run inside Chromium and Firefox pages by test/bench/browser.ts.
import Mark from 'mark.js';
import { collectText, findArticleRoots } from '../../lib/article/extract';
import { locate } from '../../lib/article/ranges';
import { loadMatcher, type MatcherData } from '../../lib/matcher/compile';
import { scanNames } from '../../lib/matcher/scan';
import { recognize } from '../../lib/recognize';
import { timeIt, timeText } from './baselines';

function textBench(matcherJson: string, texts: Array<{ name: string; text: string }>, regexSource: string) {
  const matcher = loadMatcher(JSON.parse(matcherJson) as MatcherData);
  const re = new RegExp(regexSource, 'giu');
  return texts.map(({ name, text }) => ({
    name,
    ...timeText(
      text,
      () => scanNames(text, matcher.trie),
      () => recognize(text, matcher, { always: true }).entities.reduce((n, e) => n + e.mentions.length, 0),
      re,
    ),
  }));
}

/** Kashif's DOM path on the page: collect the article's text, recognise, highlight (CSS Custom Highlights). */
async function domBench(matcherJson: string) {
  let mutations = 0;
  const mo = new MutationObserver((r) => {
    mutations += r.length;
  });
  mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const cold0 = performance.now();
  const matcher = loadMatcher(JSON.parse(matcherJson) as MatcherData);
  const highlightAll = () => {
    const roots = findArticleRoots(document);
    const ranges: Range[] = [];
    for (const root of roots) {
      const c = collectText(root);
      const r = recognize(c.text, matcher, { lang: 'ar' });
      for (const e of r.entities)
        for (const m of e.mentions) {
          const a = locate(c.segments, m.start, 'start');
          const b = locate(c.segments, m.end, 'end');
          if (!a || !b) continue;
          const range = document.createRange();
          range.setStart(a.node, a.offset);
          range.setEnd(b.node, b.offset);
          ranges.push(range);
        }
    }
    CSS.highlights.set('kashif-bench', new Highlight(...ranges));
    return ranges.length;
  };
  const highlighted = highlightAll();
  const coldStartMs = performance.now() - cold0;
  const oursMs = timeIt(highlightAll, 300, 30);
  await new Promise((r) => setTimeout(r, 0));
  mo.disconnect();
  CSS.highlights.delete('kashif-bench');
  return { oursMs, coldStartMs, mutations, highlighted };
}

/**
 * mark.js on the same page, loaded afresh (live Ranges left by our runs would slow
 * its DOM changes down): it wraps matches in elements, so each run starts from a
 * fresh copy of the article (copying is not timed); `warm` warm-up runs, then the
 * median of `runs`.
 */
function markBench(regexSource: string, warm: number, runs: number) {
  const root = findArticleRoots(document)[0]!;
  const pristine = root.cloneNode(true);
  const samples: number[] = [];
  let marked = 0;
  for (let k = 0; k < warm + runs; k++) {
    root.replaceChildren(...[...pristine.cloneNode(true).childNodes]);
    const marker = new Mark(root);
    const re = new RegExp(regexSource, 'giu');
    let n = 0;
    const t0 = performance.now();
    marker.markRegExp(re, {
      acrossElements: true,
      each: () => {
        n++;
      },
    });
    if (k >= warm) samples.push(performance.now() - t0);
    marked = n;
  }
  root.replaceChildren(...[...pristine.cloneNode(true).childNodes]);
  samples.sort((a, b) => a - b);
  return { markMs: samples[samples.length >> 1]!, marked };
}

(globalThis as unknown as { kashifBench: unknown }).kashifBench = { textBench, domBench, markBench };
