import { isNameSeparator } from '../arabic/key';
import { isArabicLetter, isDigit, isLatinLetter, type Normalized } from '../arabic/normalize';
import { type CompiledTrie, childOf } from './trie';

/** A name found in normalised text: [start, end) in normalised units, and the trie terminal. */
export interface RawMatch {
  start: number;
  end: number;
  terminal: number;
}

const OTHER = 0;
const ARABIC = 1;
const LATIN = 2; // Latin letters and digits: "gpt4o" is one word

function classOf(c: number): number {
  if (isArabicLetter(c)) return ARABIC;
  if (isLatinLetter(c) || isDigit(c)) return LATIN;
  return OTHER;
}

/**
 * Arabic clitics that may be glued before a name: و ف ب ك ل ال لل and their
 * combinations (normalised). Longest first. Stripped only where the rest is a name.
 */
const CLITICS: number[][] = (() => {
  const out: string[] = [];
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل'])
      for (const art of ['', 'ال']) {
        const s = prep === 'ل' && art === 'ال' ? `${conj}لل` : conj + prep + art;
        if (s && !out.includes(s)) out.push(s);
      }
  return out.sort((a, b) => b.length - a.length).map((s) => Array.from(s, (ch) => ch.charCodeAt(0)));
})();

/** At most this many separators may stand between two characters of one name ("GPT - 4"). */
const MAX_GAP = 3;

/**
 * Finds every name of the trie in normalised text, leftmost-longest, with word
 * boundaries by script (a Latin name may touch Arabic letters: "وGemini"), Arabic
 * clitics stripped only where the rest is a name, and a version never cut short
 * ("GPT-4" is not found inside "GPT-4o" or "GPT-4.5").
 */
export function scanNames(nz: Normalized, trie: CompiledTrie): RawMatch[] {
  const { codes, length } = nz;
  const out: RawMatch[] = [];
  const rootIndex = trie.rootIndex;
  let prevClass = OTHER;
  let i = 0;
  while (i < length) {
    const c = codes[i]!;
    const cls = classOf(c);
    if (cls === OTHER || cls === prevClass) {
      prevClass = cls;
      i++;
      continue;
    }
    // i starts a word. Fast reject: no name starts with this character and no clitic either.
    let m: RawMatch | null = rootIndex[c]! >= 0 ? walk(nz, trie, i) : null;
    if (!m && cls === ARABIC) {
      for (const clitic of CLITICS) {
        if (!startsWith(codes, length, i, clitic)) continue;
        const from = i + clitic.length;
        if (from < length && rootIndex[codes[from]!]! >= 0) m = walk(nz, trie, from);
        if (m) break;
      }
    }
    if (m) {
      out.push(m);
      i = m.end;
      prevClass = classOf(codes[i - 1]!);
    } else {
      prevClass = cls;
      i++;
    }
  }
  return out;
}

function startsWith(codes: Uint16Array, length: number, at: number, s: number[]): boolean {
  if (at + s.length >= length) return false;
  for (let k = 0; k < s.length; k++) if (codes[at + k] !== s[k]) return false;
  return true;
}

/** Whether a name may end before position `end`. */
function endsWord(codes: Uint16Array, length: number, end: number): boolean {
  if (end >= length) return true;
  const last = codes[end - 1]!;
  const next = codes[end]!;
  const lc = classOf(last);
  if (lc !== OTHER && classOf(next) === lc) return false;
  // "GPT" is not the name in "GPT-7": a hyphen glued to a version continues the name.
  if (next === 0x2d && end + 1 < length && classOf(codes[end + 1]!) === LATIN) return false;
  // "GPT-4" must not be found in "GPT-4.5" or "GPT-4,5" used as a decimal.
  if (isDigit(last) && (next === 0x2e || next === 0x2c) && end + 1 < length && isDigit(codes[end + 1]!)) return false;
  return true;
}

function walk(nz: Normalized, trie: CompiledTrie, from: number): RawMatch | null {
  const { codes, length } = nz;
  let node = 0;
  let j = from;
  let best: RawMatch | null = null;
  while (j < length) {
    let c = codes[j]!;
    if (node !== 0 && isNameSeparator(c)) {
      // A dot between digits is part of a version ("2.5"), not a separator.
      const literalDot = c === 0x2e && isDigit(codes[j - 1]!) && j + 1 < length && isDigit(codes[j + 1]!);
      if (!literalDot) {
        let gap = 0;
        while (
          j < length &&
          gap <= MAX_GAP &&
          isNameSeparator(codes[j]!) &&
          !(codes[j] === 0x2e && isDigit(codes[j - 1]!) && isDigit(codes[j + 1] ?? 0))
        ) {
          j++;
          gap++;
        }
        if (gap > MAX_GAP || j >= length) break;
        c = codes[j]!;
      }
    }
    const next = childOf(trie, node, c);
    if (next < 0) break;
    node = next;
    j++;
    if (trie.terminal[node]! >= 0 && endsWord(codes, length, j))
      best = { start: from, end: j, terminal: trie.terminal[node]! };
  }
  return best;
}
