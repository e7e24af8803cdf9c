import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../../lib/arabic/normalize';
import { spellingsOf } from '../../../../lib/kb/validate';
import { SPLIT_FROM, scanNames } from '../../../../lib/matcher/scan';
import { loadAssets } from '../../../../scripts/node-kb';
import { scanNames as referenceScan } from './reference-scan';

/**
 * The scanner folds the text on the fly and skips words with quick looks at the
 * trie. Its reference is the straightforward two-pass scanner (normalise the whole
 * text, then scan it; kept in the tests): both must find exactly the same names
 * at exactly the same original offsets, on any text.
 */
const { kb, matcher } = loadAssets();
const trie = matcher.trie;

function reference(text: string) {
  const nz = normalizeArabic(text);
  return referenceScan(nz, trie).map((m) => ({
    start: nz.map[m.start]!,
    end: nz.map[m.end - 1]! + 1,
    terminal: m.terminal,
  }));
}

const spellings = kb.raw.entities.flatMap(spellingsOf);
// A spread of real names: every 7th spelling, plus the ones the press writes most.
const names = [
  ...spellings.filter((_, i) => i % 7 === 0),
  ...[
    'GPT-4',
    'GPT-4o',
    'GPT-4.5',
    'o3-mini',
    'أوبن إيه آي',
    'ميتا',
    'جي بي تي',
    'ديب سيك',
    'Qwen 2.5',
    'R1',
    'ألفابيت',
    'نموذج فالكون',
    'فالكون 3',
    'نماذج لاما',
    'لاما 3',
    'شركة أمازون',
  ],
];
const words = [
  'في',
  'من',
  'الذكاء',
  'الاصطناعي',
  'شركة',
  'نموذج',
  'والتي',
  'بالنسبة',
  'لل',
  'ال',
  'و',
  'ب',
  'فـ',
  'كـ',
];
const clitics = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'فلل', 'لـ', 'بـ', 'وبـ'];
const glue = [
  ' ',
  '  ',
  '\n',
  ' \n ',
  '-',
  '.',
  '،',
  '«',
  '»',
  '"',
  '#',
  '_',
  '\u00a0',
  '\u2013',
  '(',
  ')',
  '',
  ' - - ',
  '٫',
  ' \u064e ',
];
const marks = ['\u064e', '\u0651', '\u0640', '\u200f', '\u200c', '\u2066', '\u202e', '\u0670'];
const odd = [
  '\ufefb',
  '\ufef5',
  '\ufdfa',
  '٤',
  '۵',
  '5',
  '.5',
  ',5',
  'ک',
  'ی',
  'GPT',
  'gpt-',
  'Ｇ',
  'x',
  '😀',
  '-Instruct',
  '-0528',
  '-34B',
  '-Coder',
  '.cpp',
  '-it',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...names) },
  { weight: 3, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...clitics), fc.constantFrom(...names)).map(([c, n]) => c + n) },
  { weight: 4, arbitrary: fc.constantFrom(...glue) },
  { weight: 1, arbitrary: fc.constantFrom(...marks) },
  { weight: 1, arbitrary: fc.constantFrom(...odd) },
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

/** Each name found in `t`, as [its text, the canonical name of its first entity]. */
const found = (t: string) =>
  scanNames(t, trie).map((m) => [t.slice(m.start, m.end), kb.raw.entities[trie.values[m.terminal]![0]!]!.name]);

describe('scanNames', () => {
  it('finds exactly what the two-pass reference finds, on generated text', () => {
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const ours = scanNames(t, trie);
        expect(ours).toEqual(reference(t));
        found += ours.length;
      }),
      { numRuns: 5000 },
    );
    expect(found).toBeGreaterThan(5_000); // the texts are full of names, not just noise
  });

  it('finds exactly what the reference finds on long generated text (two streams at once)', () => {
    // Past SPLIT_FROM characters the pass runs two streams, the second from a character that
    // ends every thread near the middle: a name on either side of it, at either stream's end, or
    // split by it must come out as one stream finds it.
    const long = fc.array(text, { minLength: 40, maxLength: 120 }).map((p) => p.join(' '));
    let runs = 0;
    fc.assert(
      fc.property(long, (t) => {
        if (t.length < SPLIT_FROM) return;
        runs++;
        expect(scanNames(t, trie)).toEqual(reference(t));
      }),
      { numRuns: 300 },
    );
    expect(runs).toBeGreaterThan(200);
  });

  it('finds exactly what the reference finds on every fixture article', () => {
    const dir = 'test/fixtures/corpus';
    const files = ['test/fixtures/founding-article.txt', ...readdirSync(dir).map((f) => join(dir, f))].filter((f) =>
      /\.(txt|html)$/.test(f),
    );
    let total = 0;
    for (const f of files) {
      const t = readFileSync(f, 'utf8');
      const ours = scanNames(t, trie);
      expect(ours, f).toEqual(reference(t));
      total += ours.length;
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('offsets are the original text of each name, marks and all', () => {
    const t = 'أعلنت «أوبن\u0640 إيه آي» عن GPT\u200c-4o ولـ\u064eميتا، وﻻما';
    const found = scanNames(t, trie).map((m) => t.slice(m.start, m.end));
    // "وﻻما": the lam-alef ligature read as its letters, و + لاما (Llama).
    expect(found).toEqual(['أوبن\u0640 إيه آي', 'GPT\u200c-4o', 'ميتا', 'ﻻما']);
  });

  it("where a name without the clitic stops short, the clitic reading decides (the automaton's shortcut does not)", () => {
    // «لأمازون»: «لاما» (Llama) ends inside the word; the name is ل + أمازون.
    expect(found('وقالت لأمازون إن')).toEqual([['أمازون', 'Amazon']]);
    expect(found('وقالت لاما إن')).toEqual([['لاما', 'Llama']]);
    // «بالمئة» is not PaLM (بالم): the word goes on.
    expect(found('بنسبة 20 بالمئة')).toEqual([]);
    expect(found('نموذج بالم 2')).toEqual([['بالم 2', 'PaLM 2']]);
    // Short names across a space: «في وقت» is not Veo (فيو).
    expect(found('في وقت لاحق')).toEqual([]);
    // «فآيا»: «فاي» (Phi) goes on into the word; ف + آيا (Aya) ends on the same letter.
    expect(found('فآيا')).toEqual([['آيا', 'Aya']]);
  });

  it('a suffix after a hyphen leaves the name whole; another word after it continues the name', () => {
    expect(found('نشرت Llama-3.1-8B-Instruct على المنصة')).toEqual([['Llama-3.1-8B', 'Llama 3.1 8B']]);
    expect(found('تحديث DeepSeek-R1-0528 الجديد')).toEqual([['DeepSeek-R1', 'DeepSeek-R1']]);
    expect(found('يتفوق Falcon-H1-34B-Instruct في')).toEqual([['Falcon-H1', 'Falcon-H1']]);
    expect(found('نسخة Qwen2.5-7B-Instruct-GGUF')).toEqual([['Qwen2.5-7B', 'Qwen2.5-7B']]);
    // Not a suffix: another model (not in the KB), not the shorter name.
    expect(found('جرّب Qwen2.5-Coder-14B اليوم')).toEqual([]);
    expect(found('هل يأتي GPT-7 قريباً')).toEqual([]);
    // A tool named after a model: "llama.cpp" is not Llama.
    expect(found('بأداة llama.cpp على الحاسوب')).toEqual([]);
    expect(found('نموذج Llama. وقالت')).toEqual([['Llama', 'Llama']]);
  });

  it('a spelling that begins with an intro word gives way to a longer name right after the word', () => {
    expect(found('ونموذج فالكون 3 الجديد')).toEqual([['فالكون 3', 'Falcon 3']]);
    expect(found('نماذج «لاما 3» مفتوحة')).toEqual([['لاما 3', 'Llama 3']]);
    expect(found('نموذج «فالكون العربي»')).toEqual([['فالكون العربي', 'Falcon Arabic']]);
    // Nothing longer after the word: the spelling stays whole.
    expect(found('قالت شركة أمازون إن')).toEqual([['شركة أمازون', 'Amazon']]);
    expect(found('نماذج لاما مفتوحة')).toEqual([['نماذج لاما', 'Llama']]);
  });

  it("a model written with its family's (or developer's) Arabic name and the rest in Latin is that model", () => {
    expect(found('شغّلنا ميكسترال 8x7B محلياً')).toEqual([['ميكسترال 8x7B', 'Mixtral 8x7B']]);
    expect(found('ونموذج لاما 3.1 405B')).toEqual([['لاما 3.1 405B', 'Llama 3.1 405B']]);
    expect(found('جيما 2 9B')).toEqual([['جيما 2 9B', 'Gemma 2 9B']]);
    // Or its developer's, where the model's name begins with the developer's.
    expect(found('نموذج «ديب سيك V3»')).toEqual([['ديب سيك V3', 'DeepSeek-V3']]);
    // With the usual words of model names in Arabic letters.
    expect(found('جي بي تي-4o ميني أرخص')).toEqual([['جي بي تي-4o ميني', 'GPT-4o mini']]);
  });
});
