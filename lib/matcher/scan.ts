import { isNameSeparator } from '../arabic/key';
import * as nz from '../arabic/normalize';
import type { CompiledTrie } from './trie';
import * as trieModule from './trie';

// Module-local bindings for the hot loops (a CommonJS transform, as in Node tools, would
// otherwise read each import through a getter on every use).
const CHAR_CLASS = nz.CHAR_CLASS;
const FOLD = nz.FOLD;
const expansionOf = nz.expansionOf;
const childOf = trieModule.childOf;
const { SPACE, NEWLINE, DROP } = nz.CHAR;
/** Name separators (see `isNameSeparator`) as a table. */
const SEPARATOR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) SEPARATOR[c] = isNameSeparator(c) ? 1 : 0;
const isDigit = nz.isDigit;

/**
 * A name found in the text: [start, end) in UTF-16 offsets of the original text
 * (`end` is just after the last character of the name), and the trie terminal.
 */
export interface RawMatch {
  start: number;
  end: number;
  terminal: number;
}

const OTHER = 0;
const ARABIC = 1;
const LATIN = 2; // Latin letters and digits: "gpt4o" is one word
/** Characters normalisation drops (diacritics, tatweel, bidi marks): invisible to word boundaries. */
const DROPPED = 3;

/**
 * The class of each code unit of the original text once folded (a ligature: the
 * class of its first letter). The two honorific ligatures that expand to several
 * words (U+FDFA, U+FDFB) count as one word.
 */
const RAW_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const f = FOLD[c]!;
  const exp = f === DROP ? expansionOf(c) : undefined;
  RAW_CLASS[c] = f !== DROP ? CHAR_CLASS[f]! : exp ? CHAR_CLASS[exp[0]!]! : DROPPED;
}

/**
 * Arabic clitics that may be glued before a name: و ف ب ك ل ال لل and their
 * combinations (normalised). Stripped only where the rest is a name.
 */
const CLITICS: readonly string[] = (() => {
  const out: string[] = [];
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل'])
      for (const art of ['', 'ال']) {
        const s = prep === 'ل' && art === 'ال' ? `${conj}لل` : conj + prep + art;
        if (s && !out.includes(s)) out.push(s);
      }
  return out;
})();
/** Letters a clitic can start with: other words never pay for clitic checks. */
export const CLITIC_FIRST = new Uint8Array(0x10000);
for (const s of CLITICS) CLITIC_FIRST[s.charCodeAt(0)] = 1;

/** At most this many separators may stand between two characters of one name ("GPT - 4"). */
export const MAX_GAP = 3;

/*
 * The window: the text normalised lazily from a word start, only as far as a walk
 * reads (usually two or three units), with the index in the text each unit came
 * from. It folds exactly as `normalizeArabic` does (drops, ligatures, one space
 * for a run, no space before a line break, one line break for a run), so the
 * scanner never builds a normalised copy of the whole text. Module state: the
 * scanner is synchronous and not re-entrant.
 */
let wCodes: Uint16Array = new Uint16Array(256);
let wMap: Int32Array = new Int32Array(256);
let wLen = 0;
let wSrc = 0;
let wText = '';
let wEnd = 0;
let wLastWasSpace = false;

function wReset(text: string, at: number): void {
  wText = text;
  wEnd = text.length;
  wLen = 0;
  wSrc = at;
  wLastWasSpace = false;
}

function wPush(c: number, from: number): void {
  if (wLen === wCodes.length) ({ codes: wCodes, map: wMap } = nz.grown(wCodes, wMap, 0));
  wCodes[wLen] = c;
  wMap[wLen++] = from;
}

/** Whether a line break comes next, past spaces and dropped characters (then a space is not kept). */
function lineBreakAhead(from: number): boolean {
  for (let q = from; q < wEnd; q++) {
    const raw = wText.charCodeAt(q);
    const f = FOLD[raw]!;
    if (f === NEWLINE) return true;
    if (f === SPACE || (f === DROP && !expansionOf(raw))) continue;
    return false;
  }
  return false;
}

/** Folds the next character of the text into the window. */
function wStep(): void {
  const i = wSrc++;
  const raw = wText.charCodeAt(i);
  const c = FOLD[raw]!;
  if (c === DROP) {
    const exp = expansionOf(raw);
    if (!exp) return;
    for (const e of exp) wPush(e, i);
    wLastWasSpace = false;
    return;
  }
  if (c === SPACE) {
    if (wLastWasSpace || lineBreakAhead(i + 1)) return;
    wLastWasSpace = true;
  } else {
    wLastWasSpace = c === NEWLINE;
    if (c === NEWLINE && wLen > 0 && wCodes[wLen - 1] === NEWLINE) return;
  }
  wPush(c, i);
}

/** Whether window unit `k` exists (folding more of the text as needed). */
function has(k: number): boolean {
  while (wLen <= k && wSrc < wEnd) wStep();
  return k < wLen;
}

/** Window unit `k`, or 0 outside the text. */
function unit(k: number): number {
  return k >= 0 && has(k) ? wCodes[k]! : 0;
}

/** The last walk's result: window units [mFrom, mEnd) and the terminal. */
let mFrom = 0;
let mEnd = 0;
let mTerminal = -1;

/**
 * Finds every name of the trie in `text`, leftmost-longest, with word boundaries
 * by script (a Latin name may touch Arabic letters: "وGemini"), Arabic clitics
 * stripped only where the rest is a name, and a version never cut short ("GPT-4"
 * is not found inside "GPT-4o" or "GPT-4.5"). Matching is on the normalised text
 * (see `normalizeArabic`), folded on the fly in one pass over the original: words
 * that start no name cost a table look-up per character.
 */
export function scanNames(text: string, trie: CompiledTrie): RawMatch[] {
  const n = text.length;
  const out: RawMatch[] = [];
  const rootIndex = trie.rootIndex;
  const prefixes = prefixFilterOf(trie);
  let prevClass = OTHER;
  let i = 0;
  while (i < n) {
    const raw = text.charCodeAt(i);
    const cls = RAW_CLASS[raw]!;
    if (cls === DROPPED) {
      i++;
      continue;
    }
    if (cls === OTHER || cls === prevClass) {
      prevClass = cls;
      i++;
      continue;
    }
    // i starts a word. Fast reject: no name starts with this character and no clitic either.
    // The first folded unit (a ligature: its first letter).
    const f = FOLD[raw]!;
    const c = f !== DROP ? f : expansionOf(raw)![0]!;
    let named = rootIndex[c]! >= 0;
    let clitic = cls === ARABIC && CLITIC_FIRST[c] === 1;
    if ((named || clitic) && !mayStartWord(text, i, cls, c, prefixes)) {
      named = false;
      clitic = false;
    }
    const maybeNamed = named && mayStartName(text, trie, i);
    const plain = clitic && !maybeNamed && plainHead(text, i);
    if (plain ? afterPlainClitic(text, trie, i) : maybeNamed || clitic) {
      if (!plain) wReset(text, i);
      if (plain || (maybeNamed && walk(trie, 0)) || (clitic && afterClitic(trie))) {
        const end = wMap[mEnd - 1]! + 1;
        out.push({ start: wMap[mFrom]!, end, terminal: mTerminal });
        prevClass = CHAR_CLASS[wCodes[mEnd - 1]!]!;
        i = end;
        continue;
      }
    }
    // Skip the rest of this word: names start only at word starts.
    i++;
    while (i < n) {
      const k = RAW_CLASS[text.charCodeAt(i)]!;
      if (k !== cls && k !== DROPPED) break;
      i++;
    }
    prevClass = cls;
  }
  return out;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;
const ends = new Int32Array(4);
/** A word's first units, as far as the clitic grammar reads. */
const HEAD = 5;
const head = new Uint16Array(HEAD);

/** A name right after a glued clitic at the window's start ("وميتا", "بالـ…"), the longest clitic first. */
function afterClitic(trie: CompiledTrie): boolean {
  for (let k = 0; k < HEAD; k++) head[k] = unit(k);
  for (let j = cliticEnds() - 1; j >= 0; j--) {
    const from = ends[j]!;
    if (!has(from) || CHAR_CLASS[wCodes[from]!] === OTHER) continue;
    if (trie.rootIndex[wCodes[from]!]! < 0) continue;
    if (walk(trie, from)) return true;
  }
  return false;
}

/**
 * The same for a word whose first HEAD characters are plain (no mark, no ligature:
 * one unit each), read straight from the text: the window is set up only where a
 * name may follow the clitic.
 */
function afterPlainClitic(text: string, trie: CompiledTrie, at: number): boolean {
  for (let j = cliticEnds() - 1; j >= 0; j--) {
    const from = ends[j]!;
    const c = head[from]!;
    if (CHAR_CLASS[c] === OTHER || trie.rootIndex[c]! < 0 || !mayStartName(text, trie, at + from)) continue;
    wReset(text, at);
    if (walk(trie, from)) return true;
  }
  return false;
}

/** Fills `head` with the text's first HEAD units from `at`, when they are plain; false otherwise. */
function plainHead(text: string, at: number): boolean {
  for (let k = 0; k < HEAD; k++) {
    const j = at + k;
    const c = j < text.length ? FOLD[text.charCodeAt(j)]! : 0;
    if (c === DROP) return false;
    head[k] = c;
  }
  return true;
}

/**
 * The clitic grammar on a word's first units (`head`): (و|ف)? then (ب|ك|ل)? then
 * (ال)?, with ل + ال written لل. Puts the ends in `ends`, shortest first; returns
 * how many. Units after the first non-letter are never read.
 */
function cliticEnds(): number {
  let found = 0;
  let p = 0;
  const c0 = head[p];
  if (c0 === WAW || c0 === FA) ends[found++] = ++p;
  const c1 = head[p];
  if (c1 === BA || c1 === KAF) ends[found++] = ++p;
  else if (c1 === LAM) {
    ends[found++] = ++p;
    if (head[p] === LAM) ends[found++] = ++p; // لل = ل + ال
  }
  if (head[p] === ALEF && head[p + 1] === LAM && (p === 0 || head[p - 1] !== LAM)) {
    p += 2;
    ends[found++] = p;
  }
  return found;
}

/** Whether a name may end before window unit `end`. */
function endsWord(end: number): boolean {
  if (!has(end)) return true;
  const last = wCodes[end - 1]!;
  const next = wCodes[end]!;
  const lc = CHAR_CLASS[last]!;
  if (lc !== OTHER && CHAR_CLASS[next] === lc) return false;
  // "GPT" is not the name in "GPT-7": a hyphen glued to a version continues the name.
  // Likewise "نماذج جي بي تي" is not the name in "نماذج جي بي تي-أوس".
  if (next === 0x2d && has(end + 1)) {
    const after = CHAR_CLASS[wCodes[end + 1]!]!;
    if (after === LATIN || (after === ARABIC && lc === ARABIC)) return false;
  }
  // "GPT-4" must not be found in "GPT-4.5" or "GPT-4,5" used as a decimal.
  if (isDigit(last) && (next === 0x2e || next === 0x2c) && has(end + 1) && isDigit(wCodes[end + 1]!)) return false;
  return true;
}

/** A dot between two digits is part of a version ("2.5"), not a separator. */
function versionDot(j: number): boolean {
  return wCodes[j] === 0x2e && isDigit(unit(j - 1)) && isDigit(unit(j + 1));
}

/**
 * The word filter: a bitmap of hashed four-letter beginnings, of every name and of
 * every clitic + name ("وميت" for "وميتا"), built once per trie. A word whose first
 * four characters are plain letters of one script can start a name (or a clitic
 * and a name) only if its beginning is in the set; most words are dismissed with
 * one look-up, before any trie walk. Shorter words and words with marks, ligatures
 * or separators in their first four characters go to the walks as before.
 */
const PREFIX_BITS = 18;
const filters = new WeakMap<CompiledTrie, Uint32Array>();

function hash4(a: number, b: number, c: number, d: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d) ^ Math.imul(d, 0x27d4eb2f);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - PREFIX_BITS);
}

function prefixFilterOf(trie: CompiledTrie): Uint32Array {
  let bits = filters.get(trie);
  if (bits) return bits;
  const set = new Uint32Array(1 << (PREFIX_BITS - 5));
  bits = set;
  const add = (u: number[]) => {
    const h = hash4(u[0]!, u[1]!, u[2]!, u[3]!);
    set[h >>> 5]! |= 1 << (h & 31);
  };
  // Every node at depth d with its path: the beginnings of the keys.
  const paths: number[][][] = [[[]]];
  const nodesAt: number[][] = [[0]];
  for (let d = 1; d <= 4; d++) {
    paths[d] = [];
    nodesAt[d] = [];
    nodesAt[d - 1]!.forEach((node, k) => {
      for (let j = 0; j < trie.childCount[node]!; j++) {
        const child = trie.firstChild[node]! + j;
        nodesAt[d]!.push(child);
        paths[d]!.push([...paths[d - 1]![k]!, trie.char[child]!]);
      }
    });
  }
  for (const clitic of ['', ...CLITICS]) {
    const units = [...clitic].map((ch) => ch.charCodeAt(0));
    if (units.length >= 4) add(units);
    else for (const path of paths[4 - units.length]!) add([...units, ...path]);
  }
  filters.set(trie, set);
  return set;
}

/** Whether the word at `at` may start a name, by the word filter (true when it cannot tell). */
function mayStartWord(text: string, at: number, cls: number, c0: number, set: Uint32Array): boolean {
  if (at + 3 >= text.length) return true;
  const r1 = text.charCodeAt(at + 1);
  const r2 = text.charCodeAt(at + 2);
  const r3 = text.charCodeAt(at + 3);
  if (RAW_CLASS[r1] !== cls || RAW_CLASS[r2] !== cls || RAW_CLASS[r3] !== cls) return true;
  const c1 = FOLD[r1]!;
  const c2 = FOLD[r2]!;
  const c3 = FOLD[r3]!;
  if (c1 === DROP || c2 === DROP || c3 === DROP || FOLD[text.charCodeAt(at)] === DROP) return true;
  const h = hash4(c0, c1, c2, c3);
  return (set[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/**
 * A quick look at the text from `at`: false when no name can start there, because
 * the trie runs out before any name ends (marks skipped, a run of separators
 * skipped as the walk would). Anything else (a name ends, a ligature, a dot that
 * may be a version's) needs the full walk.
 */
function mayStartName(text: string, trie: CompiledTrie, at: number): boolean {
  const n = text.length;
  let node = 0;
  let j = at;
  while (j < n) {
    const raw = text.charCodeAt(j++);
    const c = FOLD[raw]!;
    if (c === DROP) {
      if (expansionOf(raw)) return true;
      continue;
    }
    if (c === 0x2e) return true;
    if (SEPARATOR[c] === 1) {
      // The walk skips up to MAX_GAP separators; skipping any number only widens "maybe".
      continue;
    }
    node = childOf(trie, node, c);
    if (node < 0) return false;
    if (trie.terminal[node]! >= 0) return true;
  }
  return true;
}

/** The longest name starting at window unit `from`; sets mFrom, mEnd, mTerminal. */
function walk(trie: CompiledTrie, from: number): boolean {
  if (from > 0 && (!has(from) || !mayStartName(wText, trie, wMap[from]!))) return false;
  let node = 0;
  let j = from;
  let found = false;
  while (has(j)) {
    let c = wCodes[j]!;
    if (node !== 0 && SEPARATOR[c] === 1 && !versionDot(j)) {
      let gap = 0;
      while (has(j) && gap <= MAX_GAP && SEPARATOR[wCodes[j]!] === 1 && !versionDot(j)) {
        j++;
        gap++;
      }
      if (gap > MAX_GAP || !has(j)) break;
      c = wCodes[j]!;
    }
    const next = childOf(trie, node, c);
    if (next < 0) break;
    node = next;
    j++;
    const term = trie.terminal[node]!;
    if (term >= 0 && endsWord(j)) {
      mFrom = from;
      mEnd = j;
      mTerminal = term;
      found = true;
    }
  }
  return found;
}
