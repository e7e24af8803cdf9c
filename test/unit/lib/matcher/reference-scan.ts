import { isNameSeparator } from '../../../../lib/arabic/key';
import { CHAR_CLASS, isDigit, type Normalized } from '../../../../lib/arabic/normalize';
import { CLITIC_FIRST, introLengths, MAX_GAP } from '../../../../lib/matcher/scan';
import { isNameSuffix, MAX_SUFFIX } from '../../../../lib/matcher/suffix';
import { type CompiledTrie, childOf } from '../../../../lib/matcher/trie';

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
  return CHAR_CLASS[c]!;
}

// The clitics, their first letters, the separator gap and the intro words are the scanner's own (data, not algorithm).

/**
 * Finds every name of the trie in normalised text, leftmost-longest, with word
 * boundaries by script (a Latin name may touch Arabic letters: "وGemini"), Arabic
 * clitics stripped only where the rest is a name, and a version never cut short
 * ("GPT-4" is not found inside "GPT-4o" or "GPT-4.5").
 */
export function scanNames(nz: Normalized, trie: CompiledTrie): RawMatch[] {
  const { codes, length } = nz;
  const out: RawMatch[] = [];
  const intro = introLengths(trie);
  let prevClass = OTHER;
  let i = 0;
  while (i < length) {
    const c = codes[i]!;
    const cls = CHAR_CLASS[c]!;
    if (cls === OTHER || cls === prevClass) {
      prevClass = cls;
      i++;
      continue;
    }
    // i starts a word.
    let m = nameAt(nz, trie, i);
    // A spelling that begins with an intro word («نموذج فالكون») gives way to a longer
    // name starting right after that word («نموذج فالكون 3» is Falcon 3).
    const introLength = m ? intro[m.terminal]! : 0;
    if (m && introLength) {
      let k = m.start + introLength;
      if (k < m.end && isNameSeparator(codes[k]!)) {
        while (k < m.end && isNameSeparator(codes[k]!)) k++;
        const inner = k < m.end ? nameAt(nz, trie, k) : null;
        if (inner && inner.end > m.end) m = inner;
      }
    }
    if (m) {
      out.push(m);
      i = m.end;
      prevClass = CHAR_CLASS[codes[i - 1]!]!;
    } else {
      // Skip the rest of this word: names start only at word starts.
      i++;
      while (i < length && CHAR_CLASS[codes[i]!] === cls) i++;
      prevClass = cls;
    }
  }
  return out;
}

/** The name at word start `at`: read whole, else after a glued clitic. */
function nameAt(nz: Normalized, trie: CompiledTrie, at: number): RawMatch | null {
  const c = nz.codes[at]!;
  const m = childOf(trie, 0, c) >= 0 ? walk(nz, trie, at) : null;
  return m ?? (CHAR_CLASS[c] === ARABIC && CLITIC_FIRST[c] === 1 ? afterClitic(nz, trie, at) : null);
}

/** A name right after a glued clitic at `at` ("وميتا", "بالـ…"), the longest clitic first. */
const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

function afterClitic(nz: Normalized, trie: CompiledTrie, at: number): RawMatch | null {
  const { codes, length } = nz;
  // (و|ف)? then (ب|ك|ل)? then (ال)?, with ل + ال written لل. Collect the ends, longest tried first.
  const ends = [0, 0, 0, 0];
  let found = 0;
  let p = at;
  const c0 = codes[p];
  if (c0 === WAW || c0 === FA) ends[found++] = ++p;
  const c1 = codes[p];
  if (c1 === BA || c1 === KAF) ends[found++] = ++p;
  else if (c1 === LAM) {
    ends[found++] = ++p;
    if (codes[p] === LAM) ends[found++] = ++p; // لل = ل + ال
  }
  if (codes[p] === ALEF && codes[p + 1] === LAM && codes[p - 1] !== LAM) {
    p += 2;
    ends[found++] = p;
  }
  for (let j = found - 1; j >= 0; j--) {
    const from = ends[j]!;
    if (from >= length || CHAR_CLASS[codes[from]!] === OTHER) continue;
    if (childOf(trie, 0, codes[from]!) < 0) continue;
    const m = walk(nz, trie, from);
    if (m) return m;
  }
  return null;
}

/** Whether a name may end before position `end`. */
function endsWord(codes: Uint16Array, length: number, end: number): boolean {
  if (end >= length) return true;
  const last = codes[end - 1]!;
  const next = codes[end]!;
  const lc = classOf(last);
  if (lc !== OTHER && classOf(next) === lc) return false;
  // "GPT" is not the name in "GPT-7": a hyphen glued to a version continues the name,
  // unless a suffix follows ("Llama-3.1-8B-Instruct").
  // Likewise "نماذج جي بي تي" is not the name in "نماذج جي بي تي-أوس".
  if (next === 0x2d && end + 1 < length) {
    const after = classOf(codes[end + 1]!);
    if (after === ARABIC && lc === ARABIC) return false;
    if (after === LATIN) {
      let word = '';
      const sizeDot = (k: number) =>
        codes[k] === 0x2e && isDigit(codes[k - 1]!) && k + 1 < length && isDigit(codes[k + 1]!);
      for (
        let k = end + 1;
        k < length && (classOf(codes[k]!) === LATIN || sizeDot(k)) && word.length <= MAX_SUFFIX;
        k++
      )
        word += String.fromCharCode(codes[k]!);
      if (!isNameSuffix(word)) return false;
    }
  }
  // "GPT-4" must not be found in "GPT-4.5" or "GPT-4,5" used as a decimal; "Llama" is not the
  // name in "llama.cpp".
  if ((next === 0x2e || next === 0x2c) && end + 1 < length) {
    const after = codes[end + 1]!;
    if (isDigit(last) && isDigit(after)) return false;
    if (next === 0x2e && classOf(after) === LATIN && !isDigit(after)) return false;
  }
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
