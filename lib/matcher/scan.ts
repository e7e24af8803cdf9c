import { isNameSeparator } from '../arabic/key';
import * as nz from '../arabic/normalize';
import {
  ARABIC,
  CLITICS,
  DROPPED,
  dfaOf,
  ENDED,
  ENDED_ALONE,
  ENDED_WITH_OTHERS,
  LATIN,
  type NameDfa,
  OTHER,
  plainState,
  RAW_CLASS,
  SYM_OTHER,
  UNBUILT,
} from './dfa';
import { isNameSuffix, MAX_SUFFIX } from './suffix';
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
 * (see `normalizeArabic`), folded on the fly from the original.
 *
 * The pass is an automaton (see dfa.ts): one table look-up per character, running
 * every name from every word start at once; it stops only where a name may end.
 * There the exact match (`nameAt`) runs from each word start since the oldest
 * thread's, found again by counting its letters back.
 */
export function scanNames(text: string, trie: CompiledTrie): RawMatch[] {
  const n = text.length;
  const dfa = dfaOf(trie);
  scanIntro = introLengths(trie);
  const a = newStream(0, n);
  // A long text runs as two streams at once, split at a character that ends every thread (no
  // name spans it: the second stream starts there as the first would go on): each character's
  // state waits for the previous one's look-up, and two independent chains overlap.
  const split = n >= SPLIT_FROM ? splitAt(text, dfa.symbol, n >> 1) : -1;
  if (split < 0) {
    finish(text, trie, dfa, a, null);
    return a.out;
  }
  a.end = split + 1;
  const b = newStream(split + 1, n);
  for (;;) {
    const count = Math.min(a.end - a.i, b.end - b.i);
    if (count <= 0) break;
    const stopped = run2(text, dfa.symbol, dfa.table, a.state, a.i, b.state, b.i, count);
    a.i += stepsA;
    a.state = stateA;
    a.to = toA;
    b.i += stepsB;
    b.state = stateB;
    b.to = toB;
    // A stream whose stop made the cache start over leaves the other at its last plain state.
    if (stopped & 1 && advance(text, trie, dfa, a)) rewind(b);
    else if (stopped & 2 && advance(text, trie, dfa, b)) rewind(a);
  }
  finish(text, trie, dfa, a, b);
  finish(text, trie, dfa, b, null);
  for (const m of b.out) a.out.push(m);
  return a.out;
}

/** The intro lengths of the trie being scanned. */
let scanIntro: Uint8Array = new Uint8Array(0);

/** Texts shorter than this run as one stream. */
export const SPLIT_FROM = 1024;

/** The first character from `from` on that ends every thread (a line break, a comma…), or -1. */
function splitAt(text: string, symbol: Uint8Array, from: number): number {
  for (let j = from; j < text.length - 1; j++) if (symbol[text.charCodeAt(j)] === SYM_OTHER) return j;
  return -1;
}

/**
 * A stream of the pass over text [i, end): its state (a row offset), the stop it is
 * at (`to`: the value that stopped it, 0 at its end), its matches, and where it
 * last was in a plain state (`safeI`, `safeState`: the plain rows outlive a cache
 * reset, so a stream goes back there when the other's stop resets the cache).
 */
interface Stream {
  i: number;
  end: number;
  state: number;
  to: number;
  done: boolean;
  out: RawMatch[];
  safeI: number;
  safeState: number;
}

function newStream(i: number, end: number): Stream {
  return { i, end, state: 0, to: 0, done: false, out: [], safeI: i, safeState: 0 };
}

function rewind(s: Stream): void {
  s.i = s.safeI;
  s.state = s.safeState;
  s.to = 0;
}

/** Runs stream `s` alone to its end (`other`, not done, goes back to its plain state on a cache reset). */
function finish(text: string, trie: CompiledTrie, dfa: NameDfa, s: Stream, other: Stream | null): void {
  while (!s.done) {
    s.i = run(text, dfa.symbol, dfa.table, s.state, s.i, s.end);
    s.state = runState;
    s.to = s.i < s.end ? runTo : 0;
    if (advance(text, trie, dfa, s) && other) rewind(other);
  }
}

/**
 * Stream `s` stopped at s.i (s.to), or reached its end: builds the missing
 * transition, or runs the exact match there and moves the stream on. Returns
 * whether the cache started over.
 */
function advance(text: string, trie: CompiledTrie, dfa: NameDfa, s: Stream): boolean {
  const n = text.length;
  let i = s.i;
  let to = s.to;
  let state = s.state;
  if (i < s.end && to === UNBUILT) {
    to = dfa.step(state, dfa.symbol[text.charCodeAt(i)]!);
    if (to >= 0) {
      s.state = to;
      s.i = i + 1;
      return false;
    }
  }
  const reach = dfa.table[state + dfa.reachColumn]!;
  if (i >= s.end && reach === 0) {
    s.done = true;
    return false;
  }
  const intro = scanIntro;
  const first = oldestStart(text, i, reach);
  let end = -1;
  let w = first;
  if (i < n && to <= ENDED && sameWay) {
    // A thread of the oldest start ended a name at i: its match, from where it is.
    const ended = ENDED - to;
    end = endedAt(text, trie, first, ended, i);
    if (end >= 0 && intro[mTerminal]) end = UNSURE;
    if (end >= 0) s.out.push({ start: fastStart, end, terminal: mTerminal });
    else if (end === NONE && !(ended & ENDED_WITH_OTHERS)) {
      // No name from that start. Alone: none from any start through i either. Else the
      // automaton again, from inside that start's word: it runs the younger starts' threads.
      if (ended & ENDED_ALONE) w = i + 1;
      else {
        i = first + 1;
        state = plainState(dfa, RAW_CLASS[text.charCodeAt(first)]!);
        return moveTo(dfa, s, i, state);
      }
    }
  }
  // Else the exact match from each word start from there through i; the first found wins.
  if (end < 0 && w <= i) end = fullMatch(text, trie, intro, w, i < n ? i : n - 1, s.out);
  if (end >= 0) {
    i = end;
    state = plainState(dfa, lastClass);
  } else {
    // Every word start through i is done: go on after i, inside its word.
    if (i >= n) {
      s.done = true;
      return false;
    }
    const k = RAW_CLASS[text.charCodeAt(i)]!;
    state = plainState(dfa, k === DROPPED ? OTHER : k);
    i++;
  }
  return moveTo(dfa, s, i, state);
}

/** Stream `s` goes on at `i` in plain state `state` (its safe point); returns whether the cache started over. */
function moveTo(dfa: NameDfa, s: Stream, i: number, state: number): boolean {
  s.i = i;
  s.state = state;
  s.to = 0;
  s.safeI = i;
  s.safeState = state;
  if (!dfa.full) return false;
  dfa.reset();
  return true;
}

/** Set by `oldestStart`: whether the walk would take the automaton's way there. */
let sameWay = true;

/**
 * The oldest thread's word start: `reach` letters back from `i` (marks and separators
 * skipped). On the way, whether the walk would take the same way (sameWay): no gap
 * longer than MAX_GAP (a run of spaces is one), no dot (the walk may step on a
 * version's or skip it).
 */
function oldestStart(text: string, i: number, reach: number): number {
  let first = i;
  let gap = 0;
  let space = false;
  sameWay = true;
  for (let left = reach, j = i - 1; left > 0 && j >= 0; j--) {
    const f = FOLD[text.charCodeAt(j)]!;
    if (f === DROP) continue;
    if (SEPARATOR[f] === 1) {
      if (f === 0x2e || ((f !== SPACE || !space) && ++gap > MAX_GAP)) sameWay = false;
      space = f === SPACE;
      continue;
    }
    gap = 0;
    space = false;
    first = j;
    left--;
  }
  return first;
}

/**
 * The full match from each word start from `w` through `last`: the first found is
 * pushed to `out`; returns its end (lastClass set), or -1.
 */
function fullMatch(
  text: string,
  trie: CompiledTrie,
  intro: Uint8Array,
  w: number,
  last: number,
  out: RawMatch[],
): number {
  let prev = OTHER;
  for (let j = w - 1; j >= 0; j--) {
    const k = RAW_CLASS[text.charCodeAt(j)]!;
    if (k !== DROPPED) {
      prev = k;
      break;
    }
  }
  for (; w <= last; w++) {
    const k = RAW_CLASS[text.charCodeAt(w)]!;
    if (k === DROPPED) continue;
    if (k !== OTHER && k !== prev) {
      let end = nameAt(text, trie, w, k);
      if (end >= 0 && intro[mTerminal]) end = afterIntro(text, trie, end, intro[mTerminal]!);
      if (end >= 0) {
        out.push({ start: wMap[mFrom]!, end, terminal: mTerminal });
        lastClass = CHAR_CLASS[wCodes[mEnd - 1]!]!;
        return end;
      }
    }
    prev = k;
  }
  return -1;
}

/** endedAt: no name from that start. */
const NONE = -1;
/** endedAt: something the text-level walk does not read (a ligature, a long gap): the full match decides. */
const UNSURE = -2;
/** The last match's start and the class of its last unit (set by `endedAt` and by the full match). */
let fastStart = 0;
let lastClass = OTHER;

/**
 * The match from word start `first` by the thread of that start that ended a
 * name at `i` (`thread`: as the automaton's ENDED stop tells it), the walk's way
 * to there checked: the longest name on from that node that ends a word, read
 * straight from the text (no window). Its end, with
 * mTerminal, fastStart and lastClass set; NONE; or UNSURE where the window's
 * folding would matter (a ligature after the name), for the full match to decide.
 * (No ligature is on the way: the automaton stops at every one.)
 */
function endedAt(text: string, trie: CompiledTrie, first: number, thread: number, i: number): number {
  const n = text.length;
  let node = thread >> 5;
  // The name starts after the clitic's letters.
  let j = first;
  for (let left = thread & 7; left > 0; j++) if (FOLD[text.charCodeAt(j)] !== DROP) left--;
  while (FOLD[text.charCodeAt(j)] === DROP) j++;
  const start = j;
  let end = NONE;
  let terminal = -1;
  // The name ends here, if it ends a word.
  const ends = wordEndsAfter(text, i);
  if (ends === UNSURE) return UNSURE;
  if (ends === ENDS) {
    end = i + 1;
    terminal = trie.terminal[node]!;
  }
  // Longer names on from there (none past a leaf).
  let gap = 0;
  let space = false;
  for (j = trie.childCount[node] === 0 ? n : i + 1; j < n; j++) {
    const raw = text.charCodeAt(j);
    const f = FOLD[raw]!;
    if (f === DROP) {
      if (expansionOf(raw)) return UNSURE;
      continue;
    }
    if (SEPARATOR[f] === 1 && !(f === 0x2e && digitAround(text, j))) {
      if (f !== SPACE || !space) gap++;
      space = f === SPACE;
      if (gap > MAX_GAP) break;
      continue;
    }
    node = childOf(trie, node, f);
    if (node < 0) break;
    gap = 0;
    space = false;
    const t = trie.terminal[node]!;
    if (t >= 0) {
      const e = wordEndsAfter(text, j);
      if (e === UNSURE) return UNSURE;
      if (e === ENDS) {
        end = j + 1;
        terminal = t;
      }
    }
  }
  if (end >= 0) {
    mTerminal = terminal;
    fastStart = start;
    lastClass = CHAR_CLASS[FOLD[text.charCodeAt(end - 1)]!]!;
  }
  return end;
}

/** The index of the next character after `j` that folding keeps, or the text's length; -1 for a ligature. */
function nextKept(text: string, j: number): number {
  for (let k = j + 1; k < text.length; k++) {
    const raw = text.charCodeAt(k);
    if (FOLD[raw] !== DROP) return k;
    if (expansionOf(raw)) return -1;
  }
  return text.length;
}

/** Whether a dot at `j` stands between two digits (a version: "2.5"), as `versionDot` reads the window. */
function digitAround(text: string, j: number): boolean {
  let p = j - 1;
  while (p >= 0 && FOLD[text.charCodeAt(p)] === DROP) p--;
  const k = nextKept(text, j);
  return (
    p >= 0 && k >= 0 && k < text.length && isDigit(FOLD[text.charCodeAt(p)]!) && isDigit(FOLD[text.charCodeAt(k)]!)
  );
}

/** Whether the dot at `j` after `word` is a size's decimal dot ("0.5b"): a digit before it and after it. */
function sizeDot(text: string, word: string, j: number): boolean {
  const k = nextKept(text, j);
  return (
    word.length > 0 &&
    isDigit(word.charCodeAt(word.length - 1)) &&
    k > 0 &&
    k < text.length &&
    isDigit(FOLD[text.charCodeAt(k)]!)
  );
}

/** `endsWord` read from the text: may a name whose last character is at `j` end there? ENDS, GOES_ON, or UNSURE at a ligature. */
function wordEndsAfter(text: string, j: number): number {
  let k = j + 1;
  if (k >= text.length) return ENDS;
  let next = FOLD[text.charCodeAt(k)]!;
  if (next === DROP) {
    k = nextKept(text, j);
    if (k < 0) return UNSURE;
    if (k >= text.length) return ENDS;
    next = FOLD[text.charCodeAt(k)]!;
  }
  // The unit after `next` matters only after a hyphen, a dot or a comma.
  let k2 = text.length;
  if (next === 0x2d || next === 0x2e || next === 0x2c) {
    k2 = nextKept(text, k);
    if (k2 < 0) return UNSURE;
  }
  const rule = endRule(FOLD[text.charCodeAt(j)]!, next, k2 < text.length ? FOLD[text.charCodeAt(k2)]! : -1);
  if (rule !== SUFFIX) return rule;
  // The word after the hyphen: a suffix, or more of the name.
  let word = '';
  for (; k2 < text.length && word.length <= MAX_SUFFIX; k2 = nextKept(text, k2)) {
    if (k2 < 0) return UNSURE;
    const f = FOLD[text.charCodeAt(k2)]!;
    if (CHAR_CLASS[f] !== LATIN && !(f === 0x2e && sizeDot(text, word, k2))) break;
    word += String.fromCharCode(f);
  }
  return isNameSuffix(word) ? ENDS : GOES_ON;
}

let runState = 0;
let runTo = 0;
/**
 * The automaton from `state` at `i` until it stops, needs a transition built or
 * reaches `end`: returns where (state and value in runState, runTo). The loops are
 * functions of their own: SpiderMonkey runs a loop slower in a function that also
 * makes calls (measured: the whole scan ~7% slower with this loop inside).
 */
function run(text: string, symbol: Uint8Array, table: Int32Array, state: number, i: number, end: number): number {
  let to = 0;
  for (; i < end; i++) {
    to = table[state + symbol[text.charCodeAt(i)]!]!;
    if (to < 0) break;
    state = to;
  }
  runState = state;
  runTo = to;
  return i;
}

let stepsA = 0;
let stateA = 0;
let toA = 0;
let stepsB = 0;
let stateB = 0;
let toB = 0;
/**
 * Two streams at once, for at most `count` characters each, until one stops or
 * needs a transition built: returns which stopped (1: a, 2: b, 3: both, 0: none);
 * the steps each took, its state and its stop's value in stepsA, stateA, toA (B alike).
 */
function run2(
  text: string,
  symbol: Uint8Array,
  table: Int32Array,
  sa: number,
  ia: number,
  sb: number,
  ib: number,
  count: number,
): number {
  let ta = 0;
  let tb = 0;
  let k = 0;
  for (; k < count; k++) {
    ta = table[sa + symbol[text.charCodeAt(ia + k)]!]!;
    tb = table[sb + symbol[text.charCodeAt(ib + k)]!]!;
    if ((ta | tb) < 0) break;
    sa = ta;
    sb = tb;
  }
  let stopped = 0;
  stepsA = stepsB = k;
  toA = toB = 0;
  if (k < count) {
    if (ta < 0) {
      stopped = 1;
      toA = ta;
    } else {
      sa = ta;
      stepsA++;
    }
    if (tb < 0) {
      stopped |= 2;
      toB = tb;
    } else {
      sb = tb;
      stepsB++;
    }
  }
  stateA = sa;
  stateB = sb;
  return stopped;
}

/**
 * Words the press puts before a name, as some of the KB's spellings begin with them
 * («نموذج فالكون», «نماذج لاما», «شركة أبل», «تطبيق جيميني», «مشروع ستارغيت»), normalised.
 */
export const INTRO_WORDS: readonly string[] = ['نموذج', 'نماذج', 'شركه', 'تطبيق', 'مشروع'];
const intros = new WeakMap<CompiledTrie, Uint8Array>();

/** Per trie terminal: the length of the intro word its key begins with (then more follows), else 0. */
export function introLengths(trie: CompiledTrie): Uint8Array {
  let lengths = intros.get(trie);
  if (lengths) return lengths;
  lengths = new Uint8Array(trie.values.length);
  for (const word of INTRO_WORDS) {
    let node = 0;
    for (let k = 0; k < word.length && node >= 0; k++) node = childOf(trie, node, word.charCodeAt(k));
    if (node < 0) continue;
    const stack = [node];
    while (stack.length) {
      const v = stack.pop()!;
      const t = trie.terminal[v]!;
      if (v !== node && t >= 0) lengths[t] = word.length;
      for (let j = 0; j < trie.childCount[v]!; j++) stack.push(trie.firstChild[v]! + j);
    }
  }
  intros.set(trie, lengths);
  return lengths;
}

/**
 * The match just found (window units [mFrom, mEnd), its end `end` in the text) is a
 * spelling that begins with an intro word of `length` units. A longer name may start
 * right after that word: «نموذج فالكون 3» is Falcon 3, not the family «نموذج فالكون»
 * followed by "3"; «شركة أمازون ويب سيرفيسز» is AWS. Then that name is the match (mFrom,
 * mEnd, mTerminal and the window describe it); else the first one stays. Returns the
 * match's end in the text.
 */
function afterIntro(text: string, trie: CompiledTrie, end: number, length: number): number {
  let k = mFrom + length;
  if (k >= mEnd || SEPARATOR[wCodes[k]!] !== 1) return end;
  while (k < mEnd && SEPARATOR[wCodes[k]!] === 1) k++;
  if (k >= mEnd) return end;
  const start = wMap[mFrom]!;
  const units = mEnd - mFrom;
  const terminal = mTerminal;
  const at = wMap[k]!;
  const inner = nameAt(text, trie, at, RAW_CLASS[text.charCodeAt(at)]!);
  if (inner > end) return inner;
  // The first match again (the window was read for the inner one: read it again).
  wReset(text, start);
  has(units - 1);
  mFrom = 0;
  mEnd = units;
  mTerminal = terminal;
  return end;
}

/**
 * The name (or clitic and name) starting at word start `at` of class `cls`: its
 * end in the text (mFrom, mEnd, mTerminal and the window describe it), or -1.
 */
function nameAt(text: string, trie: CompiledTrie, at: number, cls: number): number {
  const raw = text.charCodeAt(at);
  // The first folded unit (a ligature: its first letter).
  const f = FOLD[raw]!;
  const c = f !== DROP ? f : expansionOf(raw)![0]!;
  const named = childOf(trie, 0, c) >= 0;
  const clitic = cls === ARABIC && CLITIC_FIRST[c] === 1;
  const plain = clitic && !named && plainHead(text, at);
  if (plain ? afterPlainClitic(text, trie, at) : named || clitic) {
    if (!plain) wReset(text, at);
    if (plain || (named && walk(trie, 0)) || (clitic && afterClitic(trie))) return wMap[mEnd - 1]! + 1;
  }
  return -1;
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
    if (childOf(trie, 0, wCodes[from]!) < 0) continue;
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
    if (CHAR_CLASS[c] === OTHER || childOf(trie, 0, c) < 0 || !mayStartName(text, trie, at + from)) continue;
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
  const next = wCodes[end]!;
  const rule = endRule(wCodes[end - 1]!, next, has(end + 1) ? wCodes[end + 1]! : -1);
  if (rule !== SUFFIX) return rule === ENDS;
  let word = '';
  for (let k = end + 1; has(k) && (CHAR_CLASS[wCodes[k]!] === LATIN || versionDot(k)) && word.length <= MAX_SUFFIX; k++)
    word += String.fromCharCode(wCodes[k]!);
  return isNameSuffix(word);
}

/** endRule: the name ends here. */
const ENDS = 1;
/** endRule: the name goes on (no name ends here). */
const GOES_ON = 0;
/** endRule: a hyphen and a Latin word follow: the name ends only if that word is a suffix (suffix.ts). */
const SUFFIX = 2;

/**
 * `endsWord`'s rule, on the units around a name's end (normalised): `last`, the
 * name's last; `next`, the one after it; `after`, the one after that (-1: none).
 */
function endRule(last: number, next: number, after: number): number {
  const lc = CHAR_CLASS[last]!;
  if (lc !== OTHER && CHAR_CLASS[next] === lc) return GOES_ON;
  if (after < 0) return ENDS;
  // "GPT" is not the name in "GPT-7": a hyphen glued to a version continues the name
  // (unless what follows is a suffix: "Llama-3.1-8B-Instruct", "DeepSeek-R1-0528").
  // Likewise "نماذج جي بي تي" is not the name in "نماذج جي بي تي-أوس".
  if (next === 0x2d) {
    const ac = CHAR_CLASS[after]!;
    if (ac === ARABIC && lc === ARABIC) return GOES_ON;
    return ac === LATIN ? SUFFIX : ENDS;
  }
  // "GPT-4" must not be found in "GPT-4.5" or "GPT-4,5" used as a decimal; "Llama" is not the
  // name in "llama.cpp".
  if (next === 0x2e || next === 0x2c) {
    if (isDigit(last) && isDigit(after)) return GOES_ON;
    if (next === 0x2e && CHAR_CLASS[after] === LATIN && !isDigit(after)) return GOES_ON;
  }
  return ENDS;
}

/** A dot between two digits is part of a version ("2.5"), not a separator. */
function versionDot(j: number): boolean {
  return wCodes[j] === 0x2e && isDigit(unit(j - 1)) && isDigit(unit(j + 1));
}

/**
 * A quick look at the text from `at`, where a name would start at once: false when
 * no name can, because the trie runs out before any name ends (marks skipped, a run
 * of separators skipped as the walk would, but none before a name's first letter).
 * Anything else (a name ends, a ligature, a dot that may be a version's) needs the
 * full walk.
 */
function mayStartName(text: string, trie: CompiledTrie, at: number): boolean {
  let node = 0;
  const n = text.length;
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
      if (node === 0) return false;
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
