import { isNameSeparator } from '../arabic/key';
import * as nz from '../arabic/normalize';
import type { CompiledTrie } from './trie';
import * as trieModule from './trie';

/*
 * The scanner's first pass: a deterministic automaton over the original text, one
 * table look-up per character, that stops only where a name may end.
 *
 * It runs the names of the trie from every word start at once, as a set of threads:
 * a thread is a trie node reached from a word start (the name written at once, or
 * after a glued clitic: و ف ب ك ل ال لل and their combinations), or a clitic still
 * being read. A thread steps on each letter (its child in the trie, or it dies),
 * skips separators (names are written with or without them: "جي بي تي", "GPT-4") and
 * marks, and dies on anything else. A word starts where the script changes (a Latin
 * name may touch Arabic letters: "وGemini") or after a non-letter. The automaton
 * stops where a thread reaches the end of a name (ENDED where it is the oldest word
 * start's only thread, else EXIT), meets a ligature or a rare non-letter some name
 * uses ("+", CJK), or where the text ends with a thread alive: the scanner then runs
 * the exact match from the word starts those threads came from. Where no thread is
 * alive (most of any text), the automaton only follows word boundaries.
 *
 * A state is a set of threads and the class of the last character (word boundaries);
 * the states are built lazily, as the text reaches them, the way fast regular
 * expression engines build theirs, and kept for the next texts (the bench's three
 * texts reach ~6,200, the whole corpus ~9,900). Past MAX_STATES the cache starts over. Each state's row holds its next
 * state per symbol (as that row's offset: no multiplication in the loop), then how
 * many letters its oldest thread has read since its word start (`reach`), so the
 * scanner finds that start again by counting letters back.
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

/** Symbols: a code unit's column in a row. */
const SYM_DROPPED = 0; // marks, tatweel, bidi controls: no change
const SYM_LIGATURE = 1; // a presentation-form ligature: stop
const SYM_DOT = 2; // a dot: a separator, or a version's dot
const SYM_SEPARATOR = 3;
export const SYM_OTHER = 4; // any other non-letter: every thread dies
const SYM_RARE = 5; // a non-letter some name uses ("+", "(", CJK): stop if a thread is alive
const SYM_ARABIC = 6; // an Arabic letter no name uses
const SYM_LATIN = 7; // a Latin letter or digit no name uses
const FIRST_LETTER = 8;

/**
 * The class of each code unit of the original text once folded (a ligature: the
 * class of its first letter). The two honorific ligatures that expand to several
 * words (U+FDFA, U+FDFB) count as one word.
 */
export const RAW_CLASS = new Uint8Array(0x10000);
/** The symbol of each code unit before the letters of a trie get their columns. */
const BASE_SYMBOL = new Uint8Array(0x10000);
/** The code units that fold to another (not ligatures), by what they fold to. */
const FOLDED_FROM = new Map<number, number[]>();
for (let c = 0; c < 0x10000; c++) {
  const f = FOLD[c]!;
  if (f !== DROP && f !== c) {
    const list = FOLDED_FROM.get(f);
    if (list) list.push(c);
    else FOLDED_FROM.set(f, [c]);
  }
  const exp = f === DROP ? nz.expansionOf(c) : undefined;
  const cls = f !== DROP ? CHAR_CLASS[f]! : exp ? CHAR_CLASS[exp[0]!]! : DROPPED;
  RAW_CLASS[c] = cls;
  // (SYM_DROPPED is 0: the array's default.)
  if (exp) BASE_SYMBOL[c] = SYM_LIGATURE;
  else if (cls === ARABIC) BASE_SYMBOL[c] = SYM_ARABIC;
  else if (cls === LATIN) BASE_SYMBOL[c] = SYM_LATIN;
  else if (cls === OTHER) BASE_SYMBOL[c] = f === 0x2e ? SYM_DOT : isNameSeparator(f) ? SYM_SEPARATOR : SYM_OTHER;
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

/** Transition not built yet. */
export const UNBUILT = -1;
/** Stop: a name may end here. */
export const EXIT = -2;
/**
 * Stop: a thread of the oldest word start ends a name here, and no other thread of
 * that start goes on, or it read no clitic. ENDED - the value is its trie node × 32
 * + ENDED_ALONE if no other thread ends a name here and none goes on + ENDED_WITH_OTHERS
 * if others of that start go on + the length of its clitic (the value is at most
 * ENDED - 32: a node is never 0 here).
 */
export const ENDED = -8;
export const ENDED_WITH_OTHERS = 8;
export const ENDED_ALONE = 16;

/**
 * States kept at most (rows of `width` 32-bit cells, ~450 bytes a state with its threads: the table grows as states
 * are built, so this bounds the worst case, ~14 MB at 32,768). An article needs a few hundred to ~1,200 states, the
 * bench's three texts ~6,200, every corpus article in turn ~9,900 (it grows with the KB's names: 16,384 left less
 * than twice that room in session 8).
 */
export const MAX_STATES = 32768;

/** The automaton of one trie: tables the scanner runs on, and what builds more of them. */
export interface NameDfa {
  /** Symbol of each code unit of the text. */
  symbol: Uint8Array;
  /** Row length: a column per symbol, then `reach`. */
  width: number;
  /** The column holding the row's reach. */
  reachColumn: number;
  /** Rows: the next state's offset by symbol, or UNBUILT, EXIT, ENDED - a thread. Replaced when it grows. */
  table: Int32Array;
  /** Number of states. */
  states: number;
  /** Set when a state could not be added (MAX_STATES): the scanner resets the cache. */
  full: boolean;
  /** Builds the transition of state (row offset) `row` on symbol `sym`; stores it; returns it. */
  step(row: number, sym: number): number;
  /** Forgets every state but the three plain ones. */
  reset(): void;
  /** Bytes it holds now (tables, and the threads and keys of its states, estimated). */
  bytes(): number;
}

/** The state after a non-letter, inside an Arabic word, inside a Latin word (no thread): rows 0, 1, 2. */
export function plainState(dfa: NameDfa, cls: number): number {
  return (cls === ARABIC ? 1 : cls === LATIN ? 2 : 0) * dfa.width;
}

const dfas = new WeakMap<CompiledTrie, NameDfa>();

/** The trie's automaton (built on first use, kept with the trie; `maxStates` only applies then). */
export function dfaOf(trie: CompiledTrie, maxStates = MAX_STATES): NameDfa {
  let dfa = dfas.get(trie);
  if (!dfa) {
    dfa = buildDfa(trie, Math.max(3, maxStates));
    dfas.set(trie, dfa);
  }
  return dfa;
}

/*
 * Threads as numbers: a trie thread is node × 8 + the clitic's length before it (a
 * node 0 thread: a clitic was read, the name must follow at once); a clitic being
 * read is -(its node in the clitic trie).
 */

function buildDfa(trie: CompiledTrie, maxStates: number): NameDfa {
  // Columns: the letters of the names and clitics, each its own.
  const column = new Int16Array(0x10000).fill(-1);
  const letterOf: number[] = [];
  const addLetter = (c: number) => {
    if (column[c]! >= 0 || CHAR_CLASS[c] === OTHER) return;
    column[c] = FIRST_LETTER + letterOf.length;
    letterOf.push(c);
  };
  for (const u of trie.edgeChars) addLetter(u);
  for (const clitic of CLITICS) for (let k = 0; k < clitic.length; k++) addLetter(clitic.charCodeAt(k));
  const rare = new Uint8Array(0x10000);
  for (const u of trie.edgeChars) if (CHAR_CLASS[u] === OTHER && u !== 0x2e) rare[u] = 1;
  /** Whether a trie node has a child along a rare character (see SYM_RARE). */
  const hasRareChild = (node: number) => {
    for (let k = 0; k < trie.childCount[node]!; k++)
      if (rare[trie.char[trie.firstChild[node]! + k]!] === 1) return true;
    return false;
  };
  const reachColumn = FIRST_LETTER + letterOf.length;
  const width = reachColumn + 1;
  if (width > 0xff) throw new Error('matcher: too many letters for the automaton');
  const symbol = new Uint8Array(BASE_SYMBOL);
  const mark = (u: number, sym: number) => {
    if (FOLD[u] === u) symbol[u] = sym;
    for (const c of FOLDED_FROM.get(u) ?? []) symbol[c] = sym;
  };
  for (let k = 0; k < letterOf.length; k++) mark(letterOf[k]!, FIRST_LETTER + k);
  for (const u of trie.edgeChars) if (rare[u] === 1) mark(u, SYM_RARE);

  // The clitics as a small trie: node 0 is the empty clitic.
  const clitic = new Map<number, number>(); // node × 0x10000 + letter → node
  const cliticLength = [0];
  const cliticWhole = [false];
  for (const s of CLITICS) {
    let node = 0;
    for (let k = 0; k < s.length; k++) {
      const key = node * 0x10000 + s.charCodeAt(k);
      let next = clitic.get(key);
      if (next === undefined) {
        next = cliticLength.length;
        clitic.set(key, next);
        cliticLength.push(cliticLength[node]! + 1);
        cliticWhole.push(false);
      }
      node = next;
    }
    cliticWhole[node] = true;
  }
  // Letters on the way to every trie node, a version's dots not counted: the scanner counts
  // back over them as separators.
  const depth = trie.letters;

  const stateOfKey = new Map<string, number>();
  const threadsOf: Int32Array[] = [];
  const boundaryOf: number[] = [];
  let keyChars = 0;

  const dfa: NameDfa = {
    symbol,
    width,
    reachColumn,
    table: new Int32Array(width * 64).fill(UNBUILT),
    states: 0,
    full: false,
    step,
    reset,
    bytes: () =>
      symbol.byteLength +
      dfa.table.byteLength +
      threadsOf.reduce((sum, t) => sum + 32 + t.byteLength, 0) +
      keyChars * 2 +
      stateOfKey.size * 48,
  };

  /** The row offset of the state (boundary class, threads), added if new (-1 when full). */
  function stateOf(boundary: number, threads: number[]): number {
    threads.sort((x, y) => x - y);
    let key = String(boundary);
    let last = 0;
    let unique = 0;
    for (let k = 0; k < threads.length; k++) {
      const t = threads[k]!;
      if (k > 0 && t === last) continue;
      threads[unique++] = t;
      key += `,${t}`;
      last = t;
    }
    threads.length = unique;
    const known = stateOfKey.get(key);
    if (known !== undefined) return known * width;
    if (dfa.states >= maxStates) {
      dfa.full = true;
      return -1;
    }
    const s = dfa.states++;
    if ((s + 1) * width > dfa.table.length) {
      // Room for a quarter more states (at least 64), so a long page does not hold twice what it uses.
      const rows = Math.min(maxStates, s + Math.max(64, s >> 2));
      const bigger = new Int32Array(rows * width).fill(UNBUILT);
      bigger.set(dfa.table);
      dfa.table = bigger;
    }
    stateOfKey.set(key, s);
    keyChars += key.length;
    threadsOf[s] = Int32Array.from(threads);
    boundaryOf[s] = boundary;
    let reach = 0;
    for (const t of threads) reach = Math.max(reach, t < 0 ? cliticLength[-t]! : depth[t >> 3]! + (t & 7));
    dfa.table[s * width + reachColumn] = reach;
    return s * width;
  }

  function reset(): void {
    stateOfKey.clear();
    keyChars = 0;
    threadsOf.length = 0;
    boundaryOf.length = 0;
    dfa.states = 0;
    dfa.full = false;
    dfa.table = new Int32Array(width * 64).fill(UNBUILT);
    for (const b of [OTHER, ARABIC, LATIN]) stateOf(b, []);
  }
  reset();

  function step(row: number, sym: number): number {
    const to = transition(row / width, sym);
    if (to !== -1) dfa.table[row + sym] = to;
    return to === -1 ? EXIT : to;
  }

  /** The transition of state `s` on `sym`: a row offset, EXIT, ENDED - a thread, or -1 (full: not stored). */
  function transition(s: number, sym: number): number {
    const threads = threadsOf[s]!;
    const boundary = boundaryOf[s]!;
    switch (sym) {
      case SYM_DROPPED:
        return s * width;
      case SYM_LIGATURE:
        return EXIT;
      case SYM_RARE:
        // Only where a thread may step on such a character (a comma is one, and some name
        // has one): else every thread dies, as on any non-letter.
        return threads.some((t) => t >= 8 && hasRareChild(t >> 3)) ? EXIT : stateOf(OTHER, []);
      case SYM_SEPARATOR:
      case SYM_DOT: {
        // Trie threads past a name's first letter skip a separator; clitics and "a name right
        // after the clitic" do not. A dot may also be a version's ("2.5"): then it is a letter
        // of the name (no name ends with one, so no thread stops here).
        const next: number[] = [];
        for (const t of threads) {
          if (t < 8) continue;
          next.push(t);
          if (sym === SYM_DOT) {
            const child = childOf(trie, t >> 3, 0x2e);
            if (child >= 0) next.push(child * 8 + (t & 7));
          }
        }
        return stateOf(OTHER, next);
      }
      case SYM_OTHER:
        return stateOf(OTHER, []);
    }
    const letter = sym >= FIRST_LETTER ? letterOf[sym - FIRST_LETTER]! : -1;
    const cls = sym === SYM_ARABIC ? ARABIC : sym === SYM_LATIN ? LATIN : CHAR_CLASS[letter]!;
    const reach = dfa.table[s * width + reachColumn]!;
    const next: number[] = [];
    let exit = false;
    /** How many threads of the oldest word start end a name here, and the last of them. */
    let oldestEnds = 0;
    let ends = 0;
    let ended = 0;
    const onTrie = (node: number, cliticLen: number) => {
      if (letter < 0) return;
      const child = childOf(trie, node, letter);
      if (child < 0) return;
      if (trie.terminal[child]! >= 0) {
        exit = true;
        ends++;
        if (depth[node]! + cliticLen === reach) {
          oldestEnds++;
          ended = child * 32 + cliticLen;
        }
      } else next.push(child * 8 + cliticLen);
    };
    const onClitic = (node: number) => {
      if (letter < 0 || cls !== ARABIC) return;
      const child = clitic.get(node * 0x10000 + letter);
      if (child === undefined) return;
      next.push(-child);
      if (cliticWhole[child]) next.push(cliticLength[child]!);
    };
    for (const t of threads) {
      if (t < 0) onClitic(-t);
      else onTrie(t >> 3, t & 7);
    }
    // A word starts here: a name, or a clitic and a name.
    if (cls !== boundary) {
      onTrie(0, 0);
      if (cls === ARABIC) onClitic(0);
    }
    if (!exit) return stateOf(cls, next);
    // One thread of the oldest start ends a name. If no other thread of that start goes on,
    // the exact match from that start is this thread's (or a longer name on its way) or none;
    // if others do, and this one read no clitic, the exact match tries it first: if it finds
    // no name, the others decide (ENDED_WITH_OTHERS).
    if (oldestEnds !== 1) return EXIT;
    const read = (t: number) => (t < 0 ? cliticLength[-t]! : depth[t >> 3]! + (t & 7));
    const others = next.some((t) => read(t) === reach + 1);
    // Alone: where that thread's start has no name, no other start through here has one either
    // (any name ending before here was a stop, none ends here, none goes on).
    if (!others) return ENDED - ended - (ends === 1 && next.length === 0 ? ENDED_ALONE : 0);
    return (ended & 7) === 0 ? ENDED - ended - ENDED_WITH_OTHERS : EXIT;
  }

  return dfa;
}
