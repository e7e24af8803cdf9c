/**
 * Arabic-aware text normalisation with an offset map back to the original.
 *
 * `normalizeArabic(text)` returns the normalised UTF-16 code units and, for each,
 * the index in `text` it came from, so every match found in the normalised text
 * maps back to exact original offsets. Folds: alef/hamza forms, ى→ي, ة→ه, ؤ→و,
 * ئ→ي, Persian letters used in transliteration (ک ی گ ڤ پ چ ژ) and the Maghreb's ڨ ڭ ݣ, Arabic-Indic and
 * Persian digits, presentation-form ligatures (NFKC), dash and space variants,
 * Latin case and full-width forms. Drops diacritics, tatweel, ZWJ/ZWNJ, bidi marks.
 */

/** Code for "drop this character". */
const DROP = 0xffff;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/** One code unit in, one code unit out (or DROP). Built once, 128 KB. */
const TABLE = new Uint16Array(0x10000);
/** Characters that expand to several (ligatures): code → replacement codes. */
const EXPAND = new Map<number, number[]>();

function buildTables() {
  for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = c + 0x20; // A-Z → a-z
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) TABLE[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  const set = (chars: string, to: string) => {
    for (const ch of chars) TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
  };
  const drop = (from: number, to = from) => {
    for (let c = from; c <= to; c++) TABLE[c] = DROP;
  };
  set('أإآٱٲٳٵ', 'ا');
  set('ى', 'ي');
  set('ة', 'ه');
  set('ؤ', 'و');
  set('ئ', 'ي');
  set('کڪ', 'ك');
  set('یېۍ', 'ي');
  set('گڨڭݣ', 'غ'); // ڨ ڭ ݣ: the Maghreb's g (ڨوڨل، ڭوڭل)
  set('ڤ', 'ف');
  set('پ', 'ب');
  set('چ', 'ج');
  set('ژ', 'ز');
  set('ھہ', 'ه');
  for (let i = 0; i < 10; i++) {
    TABLE[0x0660 + i] = 0x30 + i; // Arabic-Indic
    TABLE[0x06f0 + i] = 0x30 + i; // Persian
    TABLE[0xff10 + i] = 0x30 + i; // full-width
  }
  set('٫', '.');
  set('٬،', ',');
  set('؛', ';');
  set('؟', '?');
  drop(0x0610, 0x061a); // honorifics and small marks
  drop(0x064b, 0x065f); // tashkeel
  drop(0x0670); // superscript alef
  drop(0x06d6, 0x06ed); // Quranic marks
  drop(0x0640); // tatweel
  drop(0x200b, 0x200f); // zero-width space, ZWNJ, ZWJ, LRM, RLM
  drop(0x202a, 0x202e); // bidi embeddings and overrides
  drop(0x2066, 0x2069); // bidi isolates
  drop(0x061c); // Arabic letter mark
  drop(0x00ad); // soft hyphen
  drop(0xfeff); // BOM / ZWNBSP
  for (const c of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2028, 0x202f, 0x205f, 0x3000]) TABLE[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) TABLE[c] = SPACE;
  TABLE[0x0d] = NEWLINE;
  TABLE[0x2029] = NEWLINE;
  set('‐‑‒–—―−﹘﹣－', '-');
  set('“”„‟″〃＂', '"');
  set('‘’‚‛′＇`', "'");
  // Full-width Latin letters.
  for (let c = 0xff21; c <= 0xff3a; c++) TABLE[c] = c - 0xff21 + 0x61;
  for (let c = 0xff41; c <= 0xff5a; c++) TABLE[c] = c - 0xff41 + 0x61;
  // Arabic presentation forms → their NFKC letters, then folded again.
  const ranges: Array<[number, number]> = [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
  ];
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      const nf = String.fromCharCode(c).normalize('NFKC');
      if (nf === String.fromCharCode(c)) continue;
      const out: number[] = [];
      for (const ch of nf) {
        const m = TABLE[ch.charCodeAt(0)] ?? DROP;
        if (m !== DROP && ch.length === 1) out.push(m);
      }
      if (out.length === 0) TABLE[c] = DROP;
      else if (out.length === 1) TABLE[c] = out[0]!;
      else {
        TABLE[c] = DROP;
        EXPAND.set(c, out);
      }
    }
  }
}
buildTables();

export interface Normalized {
  /** The normalised text's UTF-16 code units (length `length`). */
  codes: Uint16Array;
  /** For each normalised unit, the index in the original text it came from. */
  map: Int32Array;
  length: number;
}

/**
 * Normalises `text` in one pass. Runs of spaces collapse to one space; line
 * breaks stay (they end a name). See the module comment for what is folded.
 */
export function normalizeArabic(text: string): Normalized {
  return foldRange(text, 0, text.length, false, new Uint16Array(text.length + 8), new Int32Array(text.length + 8));
}

/** The fold loop: text[from, to) into `codes`/`map` (grown when ligatures expand past them). */
function foldRange(
  text: string,
  from: number,
  to: number,
  keepLeadingSpace: boolean,
  codes: Uint16Array,
  map: Int32Array,
): Normalized {
  let len = 0;
  let lastWasSpace = !keepLeadingSpace; // trims leading spaces
  // (Growing is inline: a closure over codes/map would slow every access in the loop.)
  for (let i = from; i < to; i++) {
    const raw = text.charCodeAt(i);
    const c = TABLE[raw]!;
    if (c === DROP) {
      const exp = EXPAND.get(raw);
      if (!exp) continue;
      if (len + exp.length >= codes.length) {
        const bigger = grown(codes, map, exp.length);
        codes = bigger.codes;
        map = bigger.map;
      }
      for (const e of exp) {
        codes[len] = e;
        map[len++] = i;
      }
      lastWasSpace = false;
      continue;
    }
    if (c === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      if (c === NEWLINE && len > 0 && codes[len - 1] === SPACE) len--; // "a \n" → "a\n"
      lastWasSpace = c === NEWLINE;
      if (c === NEWLINE && len > 0 && codes[len - 1] === NEWLINE) continue;
    }
    if (len >= codes.length) {
      const bigger = grown(codes, map, 0);
      codes = bigger.codes;
      map = bigger.map;
    }
    codes[len] = c;
    map[len++] = i;
  }
  return { codes, map, length: len };
}

/** Twice the room (plus `extra`) for a buffer of folded units and its offset map, contents kept. */
export function grown(codes: Uint16Array, map: Int32Array, extra: number): { codes: Uint16Array; map: Int32Array } {
  const size = codes.length * 2 + extra;
  const nc = new Uint16Array(size);
  nc.set(codes);
  const nm = new Int32Array(size);
  nm.set(map);
  return { codes: nc, map: nm };
}

/** Reused buffers for `normalizeSlice` (short windows of a long text). */
let sliceCodes: Uint16Array = new Uint16Array(1024);
let sliceMap: Int32Array = new Int32Array(1024);

/**
 * Normalises text[from, to) to a string without copying the slice or allocating
 * per call (for context windows around a name).
 */
export function normalizeSlice(text: string, from: number, to: number, keepLeadingSpace = false): string {
  const nz = foldRange(text, Math.max(0, from), Math.min(text.length, to), keepLeadingSpace, sliceCodes, sliceMap);
  sliceCodes = nz.codes;
  sliceMap = nz.map;
  return UTF16.decode(nz.codes.subarray(0, nz.length));
}

/** The normalised text as a string (for tests and keys). */
export function normalizedString(nz: Normalized): string {
  // One native decode of the code units (lone surrogates survive in utf-16le).
  return UTF16.decode(nz.codes.subarray(0, nz.length));
}
const UTF16 = new TextDecoder('utf-16le');

/** Normalises a short string to a string. */
export function normalizeText(text: string): string {
  return normalizedString(normalizeArabic(text));
}

/**
 * The text [start, end) as written, with the diacritics that follow it (a name's span ends
 * at its last letter: «علامَ» ends before its fatha); tatweel and invisible format
 * characters dropped.
 */
export function markedForm(text: string, start: number, end: number): string {
  while (end < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text[end]!)) end++;
  return text.slice(start, end).replace(/[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/** The fold table itself (one code unit in, one out, or `CHAR.DROP`), for fused scanners. */
export const FOLD: Readonly<Uint16Array> = TABLE;
/** The units a presentation-form ligature expands to, or undefined. */
export function expansionOf(c: number): readonly number[] | undefined {
  return EXPAND.get(c);
}

export const CHAR = { SPACE, NEWLINE, DROP } as const;

/** Arabic letters (after normalisation). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x0750 && c <= 0x077f);
}
export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
/** Character classes of normalised text: 0 other, 1 Arabic letter, 2 Latin letter or digit. */
export const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++)
  CHAR_CLASS[c] = isArabicLetter(c) ? 1 : isLatinLetter(c) || (c >= 0x30 && c <= 0x39) ? 2 : 0;

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
