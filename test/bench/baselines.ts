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
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
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

/** Median time of `runs` calls (after one warm-up), in ms. */
export function timeIt(fn: () => unknown, minMs = 200, maxRuns = 200): number {
  fn();
  const times: number[] = [];
  const until = performance.now() + minMs;
  while (times.length < 3 || (performance.now() < until && times.length < maxRuns)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}
