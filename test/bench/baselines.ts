// Baselines the benchmark runs beside our matcher, on the same text and names.

/**
 * A trie-optimised regular expression over all names (the usual "big regex"
 * approach): common prefixes are factored, so the alternation is as small as a
 * regex of these names can be.
 */
export function trieRegex(names: string[]): RegExp {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const name of names) {
    let n = root;
    for (const ch of name.toLowerCase()) {
      let next = n.get(ch);
      if (!next) {
        next = new Map();
        n.set(ch, next);
      }
      n = next;
    }
    n.end = true;
  }
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const build = (n: Node): string => {
    const alts = [...n.entries()].map(([c, child]) => esc(c) + build(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return new RegExp(build(root), 'giu');
}

export function countRegexMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else n++;
  }
  return n;
}

/** The ceiling: a loop that only reads every character. */
export function readEveryChar(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * Median time of one call, in ms. Warmed up first (the JIT), then calls are batched
 * so each sample lasts at least 10 ms: Firefox rounds performance.now() to 1 ms and
 * Chromium to 0.1 ms, so short calls need batches; a sample too short to read
 * doubles the batch rather than counting as zero.
 */
export function timeIt(fn: () => unknown, minMs = 200, maxSamples = 200): number {
  const warm = performance.now();
  do fn();
  while (performance.now() - warm < 50);
  let batch = 1;
  const run = () => {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    return performance.now() - t0;
  };
  while (batch < 1 << 20 && run() < 10) batch *= 2;
  const times: number[] = [];
  const until = performance.now() + minMs;
  while (times.length < 3 || (performance.now() < until && times.length < maxSamples)) {
    const elapsed = run();
    if (elapsed < 5 && batch < 1 << 20) {
      batch *= 2;
      continue;
    }
    times.push(elapsed / batch);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

/** What one workload measures, in Node and in the browsers alike. */
export interface TextTiming {
  /** The matcher alone (fold + find every name: the regex's job). */
  matcher: number;
  /** The whole recognition: matcher, article verdict, context rules for ambiguous names, offsets. */
  recognize: number;
  regex: number;
  ceiling: number;
  mentions: number;
  chars: number;
}

export function timeText(text: string, matcher: () => unknown, recognizeAll: () => number, re: RegExp): TextTiming {
  return {
    matcher: timeIt(matcher),
    recognize: timeIt(recognizeAll),
    regex: timeIt(() => countRegexMatches(re, text), 200, 20),
    ceiling: timeIt(() => readEveryChar(text)),
    mentions: recognizeAll(),
    chars: text.length,
  };
}
