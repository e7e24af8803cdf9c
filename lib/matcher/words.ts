import * as nz from '../arabic/normalize';
import { b64, fromBase64 } from './base64';
import type { CompiledTrie } from './trie';
import * as trieModule from './trie';

/*
 * The word automaton: the scanner's first pass. One table look-up per character of
 * the original text tells word boundaries (by script: a Latin name may touch Arabic
 * letters, "وGemini") and whether the word so far can begin a name, or a clitic and
 * a name; words that cannot (most) cost nothing more.
 *
 * States: after a non-letter (or at the start), inside an Arabic or a Latin word
 * that begins no name (skipped to its end), and one state per beginning shorter
 * than DEPTH letters of a name or of a clitic and a name, as far as its first word
 * goes ("جي" of "جي بي تي", "ول" of "ولـOpenAI"). Beginnings of DEPTH letters are
 * numbered from `firstDeep` on and have no row: reaching one hands the word over to
 * the scanner, as does the end of a word still inside a beginning (HANDOFF) and a
 * ligature starting a word (HANDOFF_HERE). Marks, tatweel and bidi controls change
 * nothing. Per beginning, its readings: the trie node its letters reach read
 * whole, and after each clitic it may start with (node 0 where the clitic is all of
 * it: the name must follow at once), for the scanner to walk on from.
 *
 * Compiled at build time with the trie (`buildWords`), shipped in matcher.json and
 * turned into tables on load (`wordTables`).
 */

const CHAR_CLASS = nz.CHAR_CLASS;
const FOLD = nz.FOLD;
const { DROP } = nz.CHAR;
const childOf = trieModule.childOf;

export const OTHER = 0;
export const ARABIC = 1;
export const LATIN = 2; // Latin letters and digits: "gpt4o" is one word
/** Characters normalisation drops (diacritics, tatweel, bidi marks): invisible to word boundaries. */
export const DROPPED = 3;

/** Symbols: a code unit's column in the table (letters a beginning uses get their own, from FIRST_LETTER_SYM). */
export const SYM_DROPPED = 0;
export const SYM_OTHER = 1;
export const SYM_LIGATURE_ARABIC = 2;
export const SYM_LIGATURE_LATIN = 3;
const SYM_ARABIC = 4; // an Arabic letter no beginning uses
const SYM_LATIN = 5;
const FIRST_LETTER_SYM = 6;

/**
 * The class of each code unit of the original text once folded (a ligature: the
 * class of its first letter). The two honorific ligatures that expand to several
 * words (U+FDFA, U+FDFB) count as one word.
 */
export const RAW_CLASS = new Uint8Array(0x10000);
/** The symbol of each code unit before the letters of a trie get theirs (see `wordTables`). */
const BASE_SYMBOL = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const f = FOLD[c]!;
  const exp = f === DROP ? nz.expansionOf(c) : undefined;
  const cls = f !== DROP ? CHAR_CLASS[f]! : exp ? CHAR_CLASS[exp[0]!]! : DROPPED;
  RAW_CLASS[c] = cls;
  // (SYM_DROPPED is 0: the array's default.)
  if (cls === OTHER) BASE_SYMBOL[c] = SYM_OTHER;
  else if (cls !== DROPPED)
    BASE_SYMBOL[c] = exp
      ? cls === ARABIC
        ? SYM_LIGATURE_ARABIC
        : SYM_LIGATURE_LATIN
      : cls === ARABIC
        ? SYM_ARABIC
        : SYM_LATIN;
}

/**
 * Arabic clitics that may be glued before a name: و ف ب ك ل ال لل and their
 * combinations (normalised): (و|ف)? (ب|ك|ل)? (ال)?, with ل + ال written لل.
 */
export const CLITICS: readonly string[] = (() => {
  const out: string[] = [];
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل'])
      for (const art of ['', 'ال']) {
        const s = prep === 'ل' && art === 'ال' ? `${conj}لل` : conj + prep + art;
        if (s && !out.includes(s)) out.push(s);
      }
  return out;
})();

export const AFTER_OTHER = 0;
export const IN_ARABIC = 1;
export const IN_LATIN = 2;
/** The first state of a beginning. */
export const FIRST_PREFIX = 3;
export const HANDOFF = 0xfffe;
export const HANDOFF_HERE = 0xffff;
/** A reading that cannot be walked on from (a clitic longer than DEPTH goes on). */
export const UNKNOWN = -1;
/** Letters of a beginning read before the word is handed over. */
const DEPTH = 3;

/** The automaton as compiled: what matcher.json keeps. */
export interface Words {
  /** Number of states, beginnings included. */
  states: number;
  /** The first deep beginning (DEPTH letters: no row). */
  firstDeep: number;
  /** Per state: ARABIC or LATIN for a beginning and for the skipping states, else OTHER. */
  script: Uint8Array;
  /** Edges between beginnings, as (from, letter, to) triples; from AFTER_OTHER: a word's first letter. */
  edges: Uint16Array;
  /** Per state: its readings, readings[readingFirst[s] .. readingFirst[s + 1]) (trie nodes). */
  readingFirst: Int32Array;
  readings: Int32Array;
}

/** The tables the scanner runs on. */
export interface WordTables {
  /**
   * Next state by row + symbol, a state given as its row's offset (state × width;
   * rows for the states below `firstDeep`); a deep beginning as `deepBase` + its
   * number from `firstDeep`; or HANDOFF, HANDOFF_HERE.
   */
  next: Uint16Array;
  /** Symbol of each code unit of the text. */
  symbol: Uint8Array;
  width: number;
  firstDeep: number;
  /** firstDeep × width: a value of `next` from there on hands the word over. */
  deepBase: number;
  script: Uint8Array;
  readingFirst: Int32Array;
  readings: Int32Array;
}

/** Compiles the automaton of a trie's names. */
export function buildWords(trie: CompiledTrie): Words {
  // The beginnings, as a trie of their own (node 0: the empty beginning); a child's
  // number is always above its parent's.
  const kids: Array<Map<number, number>> = [new Map()];
  const depthOf: number[] = [0];
  const scriptOf: number[] = [OTHER];
  const parentOf: number[] = [-1];
  const unitOf: number[] = [0];
  const childBeginning = (node: number, u: number): number => {
    let child = kids[node]!.get(u);
    if (child === undefined) {
      child = kids.length;
      kids[node]!.set(u, child);
      kids.push(new Map());
      depthOf.push(depthOf[node]! + 1);
      scriptOf.push(node === 0 ? CHAR_CLASS[u]! : scriptOf[node]!);
      parentOf.push(node);
      unitOf.push(u);
    }
    return child;
  };
  // Every trie path of up to DEPTH letters in one script, alone and after each clitic.
  const grow = (node: number, t: number) => {
    if (depthOf[node]! >= DEPTH) return;
    for (let j = 0; j < trie.childCount[t]!; j++) {
      const child = trie.firstChild[t]! + j;
      const u = trie.char[child]!;
      if (node !== 0 && CHAR_CLASS[u] !== scriptOf[node]) continue;
      grow(childBeginning(node, u), child);
    }
  };
  grow(0, 0);
  const cliticEnd = new Set<number>();
  /** Deep beginnings that a longer clitic goes on from ("وبا" of "وبال"): always handed to the full match. */
  const inClitic = new Set<number>();
  for (const clitic of CLITICS) {
    let node = 0;
    for (let k = 0; k < clitic.length && k < DEPTH; k++) node = childBeginning(node, clitic.charCodeAt(k));
    if (clitic.length > DEPTH) inClitic.add(node);
    else {
      cliticEnd.add(node);
      grow(node, 0);
    }
  }
  // Readings: the parent's trie nodes moved on by the letter, and the root where a clitic ends.
  const readingsOf: number[][] = [[0]];
  for (let p = 1; p < kids.length; p++) {
    const r: number[] = [];
    for (const t of readingsOf[parentOf[p]!]!) {
      const c = childOf(trie, t, unitOf[p]!);
      if (c >= 0 && !r.includes(c)) r.push(c);
    }
    if (cliticEnd.has(p)) r.push(0);
    if (inClitic.has(p)) r.push(UNKNOWN);
    readingsOf.push(r);
  }
  // State numbers: the three plain states, the shorter beginnings, then the deep ones.
  const stateOf = new Int32Array(kids.length);
  let states = FIRST_PREFIX;
  for (let p = 1; p < kids.length; p++) if (depthOf[p]! < DEPTH) stateOf[p] = states++;
  const firstDeep = states;
  for (let p = 1; p < kids.length; p++) if (depthOf[p]! >= DEPTH) stateOf[p] = states++;
  if (states >= HANDOFF) throw new Error('matcher: too many states for the word automaton');
  const script = new Uint8Array(states);
  script[IN_ARABIC] = ARABIC;
  script[IN_LATIN] = LATIN;
  const readingFirst = new Int32Array(states + 1);
  const readings: number[] = [];
  const edges: number[] = [];
  const nodeOf = new Int32Array(states).fill(-1);
  nodeOf[AFTER_OTHER] = 0;
  for (let p = 1; p < kids.length; p++) nodeOf[stateOf[p]!] = p;
  for (let s = 0; s < states; s++) {
    readingFirst[s] = readings.length;
    const p = nodeOf[s]!;
    if (p < 0) continue;
    if (s >= FIRST_PREFIX) {
      script[s] = scriptOf[p]!;
      readings.push(...readingsOf[p]!);
    }
    for (const [u, child] of kids[p]!) edges.push(s, u, stateOf[child]!);
  }
  readingFirst[states] = readings.length;
  return {
    states,
    firstDeep,
    script,
    edges: Uint16Array.from(edges),
    readingFirst,
    readings: Int32Array.from(readings),
  };
}

/** The scanner's tables from the compiled automaton. */
export function wordTables(w: Words): WordTables {
  const { firstDeep, script, edges } = w;
  // Symbols: one per letter the edges use, Arabic letters first, then Latin ones.
  const used = new Set<number>();
  for (let k = 1; k < edges.length; k += 3) used.add(edges[k]!);
  const letters = [...used].sort((x, y) => CHAR_CLASS[x]! - CHAR_CLASS[y]! || x - y);
  const letterSym = new Map(letters.map((u, k) => [u, FIRST_LETTER_SYM + k]));
  const width = FIRST_LETTER_SYM + letters.length;
  if (width > 0xff) throw new Error('matcher: too many letters for the word automaton');
  const firstLatinSym = FIRST_LETTER_SYM + letters.filter((u) => CHAR_CLASS[u] === ARABIC).length;
  const symbol = new Uint8Array(BASE_SYMBOL);
  for (const u of letters) for (const c of rawOf(u)) symbol[c] = letterSym.get(u)!;
  const deepBase = firstDeep * width;
  if (deepBase + (w.states - firstDeep) >= HANDOFF) throw new Error('matcher: too many states for the word automaton');
  const next = new Uint16Array(deepBase);
  /** What `next` holds for state s. */
  const cell = (s: number) => (s < firstDeep ? s * width : deepBase + s - firstDeep);
  /** Row `row`'s letters of one script (the plain symbol and the used letters) to `to`. */
  const letterRange = (row: number, cls: number, to: number) => {
    next[row + (cls === ARABIC ? SYM_ARABIC : SYM_LATIN)] = to;
    if (cls === ARABIC) next.fill(to, row + FIRST_LETTER_SYM, row + firstLatinSym);
    else next.fill(to, row + firstLatinSym, row + width);
  };
  for (let s = 0; s < firstDeep; s++) {
    const row = s * width;
    next[row + SYM_DROPPED] = row;
    if (s >= FIRST_PREFIX) {
      // Inside a word that begins like a name: it ends (or holds a ligature) inside the
      // beginning, goes on as a longer one (edges, below) or as none (then skipped).
      next.fill(HANDOFF, row + SYM_OTHER, row + width);
      letterRange(row, script[s]!, cell(script[s] === ARABIC ? IN_ARABIC : IN_LATIN));
      continue;
    }
    // Between words, or skipping one: a letter of another script (or any, after a
    // non-letter) starts a word (a beginning's first letter: edges from AFTER_OTHER);
    // a ligature starting one hands it over.
    next[row + SYM_OTHER] = cell(AFTER_OTHER);
    next[row + SYM_LIGATURE_ARABIC] = s === IN_ARABIC ? row : HANDOFF_HERE;
    next[row + SYM_LIGATURE_LATIN] = s === IN_LATIN ? row : HANDOFF_HERE;
    letterRange(row, ARABIC, cell(IN_ARABIC));
    letterRange(row, LATIN, cell(IN_LATIN));
  }
  for (let k = 0; k < edges.length; k += 3) {
    const from = edges[k]!;
    const sym = letterSym.get(edges[k + 1]!)!;
    const to = cell(edges[k + 2]!);
    if (from !== AFTER_OTHER) next[from * width + sym] = to;
    else
      for (const s of [AFTER_OTHER, IN_ARABIC, IN_LATIN])
        if (script[s] !== CHAR_CLASS[edges[k + 1]!]) next[s * width + sym] = to;
  }
  return { next, symbol, width, firstDeep, deepBase, script, readingFirst: w.readingFirst, readings: w.readings };
}

/** The code units that fold to each letter (not ligatures), built on first use. */
let rawByLetter: Map<number, number[]> | null = null;
function rawOf(u: number): readonly number[] {
  if (!rawByLetter) {
    rawByLetter = new Map();
    for (let c = 0; c < 0x10000; c++) {
      const f = FOLD[c]!;
      if (f === DROP || CHAR_CLASS[f] === OTHER) continue;
      const list = rawByLetter.get(f);
      if (list) list.push(c);
      else rawByLetter.set(f, [c]);
    }
  }
  return rawByLetter.get(u) ?? [];
}

/** JSON-safe form, in matcher.json. */
export interface SerializedWords {
  states: number;
  firstDeep: number;
  script: string;
  edges: string;
  readingFirst: string;
  readings: string;
}

export function serializeWords(w: Words): SerializedWords {
  return {
    states: w.states,
    firstDeep: w.firstDeep,
    script: b64(w.script),
    edges: b64(w.edges),
    readingFirst: b64(w.readingFirst),
    readings: b64(w.readings),
  };
}

/** Loads the automaton of a trie of `nodes` nodes (its readings are nodes of that trie). */
export function deserializeWords(s: SerializedWords, nodes: number): Words {
  const w: Words = {
    states: s.states,
    firstDeep: s.firstDeep,
    script: fromBase64(s.script),
    edges: new Uint16Array(fromBase64(s.edges).buffer),
    readingFirst: new Int32Array(fromBase64(s.readingFirst).buffer),
    readings: new Int32Array(fromBase64(s.readings).buffer),
  };
  const bad = () => new Error('corrupt matcher data (word automaton)');
  if (
    w.script.length !== w.states ||
    w.readingFirst.length !== w.states + 1 ||
    w.readingFirst[w.states] !== w.readings.length ||
    w.edges.length % 3 ||
    w.firstDeep < FIRST_PREFIX ||
    w.firstDeep > w.states
  )
    throw bad();
  for (let k = 0; k < w.edges.length; k += 3)
    if (w.edges[k]! >= w.firstDeep || w.edges[k + 2]! < FIRST_PREFIX || w.edges[k + 2]! >= w.states) throw bad();
  for (let s = 0; s < w.states; s++) if (w.readingFirst[s]! > w.readingFirst[s + 1]!) throw bad();
  for (const r of w.readings) if (r < UNKNOWN || r >= nodes) throw bad();
  return w;
}
