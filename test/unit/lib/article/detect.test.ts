import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../lib/arabic/normalize';
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
