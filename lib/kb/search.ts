import { nameKey } from '../arabic/key';
import type { Kb } from './load';
import { spellingsOf } from './validate';

export interface SearchHit {
  id: string;
  name: string;
  score: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

/** Damerau-Levenshtein (optimal string alignment) distance, capped at `max` + 1. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const KIND_RANK = { organization: 0, family: 1, product: 2, model: 3 } as const;

/** One bit per character (by its code, mod 32): which characters a key holds, roughly. */
const bitOf = (code: number) => 1 << (code & 31);
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= bitOf(s.charCodeAt(i));
  return m;
}

/**
 * Finds KB entities by any spelling, in either script, normalised and fuzzy:
 * exact key, then prefix, then contains, then small edit distance ("deepsek").
 */
export function buildSearchIndex(kb: Kb): SearchIndex {
  const keys: Array<{ key: string; id: string; name: string; rank: number; mask: number }> = [];
  for (const e of kb.raw.entities) {
    const seen = new Set<string>();
    for (const s of spellingsOf(e)) {
      const key = nameKey(s);
      if (key && !seen.has(key)) {
        seen.add(key);
        keys.push({ key, id: e.id, name: e.name, rank: KIND_RANK[e.kind], mask: charMask(key) });
      }
    }
  }
  return {
    search(query, limit = 10) {
      const q = nameKey(query);
      if (!q) return [];
      const best = new Map<string, SearchHit & { rank: number }>();
      const maxEdits = q.length <= 3 ? 0 : q.length <= 6 ? 1 : 2;
      const qBits = Array.from(q, (ch) => bitOf(ch.charCodeAt(0)));
      /**
       * Prefilter for the edit distance: each query character the key does not hold at
       * all costs at least one edit, so a key missing more than maxEdits is skipped
       * without the dynamic programme (its prefix holds even fewer characters).
       */
      const tooFar = (mask: number) => {
        let missing = 0;
        for (const b of qBits) if ((mask & b) === 0 && ++missing > maxEdits) return true;
        return false;
      };
      for (const k of keys) {
        let score = 0;
        if (k.key === q) score = 1;
        else if (k.key.startsWith(q)) score = 0.9 - Math.min(0.3, (k.key.length - q.length) * 0.01);
        else if (q.length >= 3 && k.key.includes(q)) score = 0.7 - Math.min(0.2, (k.key.length - q.length) * 0.01);
        else if (maxEdits > 0 && !tooFar(k.mask)) {
          const d = distance(q, k.key, maxEdits);
          if (d <= maxEdits) score = 0.85 - (0.1 * d) / maxEdits - 0.05 * d;
          else if (k.key.length > q.length) {
            // A misspelt prefix while typing: "deepsek" → "deepseekr1".
            const dp = distance(q, k.key.slice(0, q.length + 1), maxEdits);
            if (dp <= maxEdits) score = 0.6 - 0.05 * dp;
          }
        }
        if (score <= 0) continue;
        const prev = best.get(k.id);
        if (!prev || score > prev.score) best.set(k.id, { id: k.id, name: k.name, score, rank: k.rank });
      }
      return [...best.values()]
        .sort(
          (a, b) => b.score - a.score || a.rank - b.rank || a.name.length - b.name.length || a.id.localeCompare(b.id),
        )
        .slice(0, limit)
        .map(({ id, name, score }) => ({ id, name, score: Math.round(score * 1000) / 1000 }));
    },
  };
}
