import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../lib/arabic/normalize';
import { arabicRatio, detectArticle } from '../../../../lib/article/detect';
import { OFF_TOPIC_TERMS, TECH_TERMS, termFinder } from '../../../../lib/article/vocabulary';

describe('the verdict’s vocabulary count', () => {
  const terms = [
    ...TECH_TERMS.map((t) => (t.startsWith(' ') ? t : normalizeText(t))),
    ...OFF_TOPIC_TERMS.map((t) => normalizeText(t)),
  ];
  const find = termFinder(terms);
  const byIncludes = (text: string) => terms.filter((t) => ` ${text} `.includes(t));

  it('finds in one pass exactly the terms that includes() finds one by one, overlaps and prefixes included', () => {
    const piece = fc.oneof(
      fc.constantFrom(...terms),
      fc.constantFrom(...terms).map((t) => t.slice(0, Math.max(1, t.length - 2))),
      fc.constantFrom(' ', 'ال', 'و', 'في ', 'ai', ' ai ', 'llm', '\n', 'ه'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(find(text)).toEqual(byIncludes(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the terms’ own order and counts each once', () => {
    const text = `${terms[5]} ${terms[1]} ${terms[5]} ${terms[1]}`;
    expect(find(text)).toEqual(byIncludes(text));
    expect(new Set(find(text)).size).toBe(find(text).length);
  });
});

describe('the verdict’s language', () => {
  const ar = 'الذكاء الاصطناعي ونموذج لغوي جديد من شركة ناشئة';
  const en = 'the new model was released today by the company';
  /** k Arabic sentences and m English ones, their share of Arabic letters, and the verdict. */
  const page = (k: number, m: number, lang?: string) => {
    const normalized = normalizeText([...Array(k).fill(ar), ...Array(m).fill(en)].join(' '));
    return { ratio: arabicRatio(normalized), ...detectArticle({ normalized, lang, entityIds: ['openai'] }) };
  };
  it('is Arabic for a bilingual page that declares nothing and is 40–50% Arabic letters', () => {
    const p = page(9, 11);
    expect(p.ratio).toBeGreaterThanOrEqual(0.4);
    expect(p.ratio).toBeLessThan(0.5);
    expect(p.language).toBe('ar');
    expect(p.isTechNews).toBe(true);
  });
  it('is not Arabic under 40% undeclared, nor where such a page declares English', () => {
    const p = page(6, 14);
    expect(p.ratio).toBeLessThan(0.4);
    expect(p.language).toBe('mixed');
    expect(page(9, 11, 'en').language).toBe('en');
  });
});
