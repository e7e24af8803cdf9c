import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../../lib/arabic/key';
import { normalizeArabic, normalizedString, normalizeText } from '../../../../lib/arabic/normalize';

describe('normalizeArabic', () => {
  it.each([
    ['أوبن إيه آي', 'اوبن ايه اي'],
    ['مستشفى', 'مستشفي'],
    ['شركة', 'شركه'],
    ['غُوغِل', 'غوغل'],
    ['جوجـــل', 'جوجل'],
    ['GPT-٤', 'gpt-4'],
    ['GPT-۴', 'gpt-4'],
    ['إنڤيديا', 'انفيديا'],
    ['گوگل', 'غوغل'],
    ['ڨوڨل', 'غوغل'],
    ['ڭوڭل', 'غوغل'],
    ['ݣوݣل', 'غوغل'],
    ['ﻻما', 'لاما'],
    ['GPT\u2013 4', 'gpt- 4'],
    ['a\u00a0\u202fb', 'a b'],
    ['\u200fOpenAI\u200e', 'openai'],
    ['جيميني ٢٫٥', 'جيميني 2.5'],
    ['ＧＰＴ', 'gpt'],
    ['ؤ ئ', 'و ي'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('maps every normalised unit back to an original index, in order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'أإآاىيةهـًٌٍَُِّْ \u200c\u200f٤GPTgpt-–\u00a0ﻻ'.split('')), maxLength: 60 }),
        (s) => {
          const nz = normalizeArabic(s);
          for (let i = 0; i < nz.length; i++) {
            const o = nz.map[i]!;
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThan(s.length);
            if (i > 0) expect(o).toBeGreaterThanOrEqual(nz.map[i - 1]!);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tashkeel, tatweel and bidi marks inserted anywhere change nothing', () => {
    const marks = fc.constantFrom(
      '\u064e',
      '\u0650',
      '\u0651',
      '\u0652',
      '\u0640',
      '\u200f',
      '\u200e',
      '\u2066',
      '\u2069',
      '\u200c',
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'اوبن ايه اي ميتا غوغل GPT-4 '.split('')), maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), marks), { maxLength: 8 }),
        (base, inserts) => {
          let s = base;
          for (const [at, mark] of inserts) {
            const p = at % (s.length + 1);
            s = s.slice(0, p) + mark + s.slice(p);
          }
          expect(normalizedString(normalizeArabic(s))).toBe(normalizedString(normalizeArabic(base)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('nameKey', () => {
  it('folds the ways a name is written', () => {
    expect(nameKey('GPT-4')).toBe(nameKey('gpt 4'));
    expect(nameKey('GPT-4')).toBe(nameKey('GPT4'));
    expect(nameKey('ديب سيك')).toBe(nameKey('ديبسيك'));
    expect(nameKey('أوبن إيه.آي')).toBe(nameKey('اوبن ايه اي'));
    expect(nameKey('Qwen 2.5')).not.toBe(nameKey('Qwen 25'));
    expect(nameKey('GPT-4')).not.toBe(nameKey('GPT-4o'));
  });
});
