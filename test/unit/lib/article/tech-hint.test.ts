import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../lib/arabic/normalize';
import { detectArticle } from '../../../../lib/article/detect';
import { foldLight, mayBeTechNews } from '../../../../lib/article/tech-hint';
import { TECH_TERMS } from '../../../../lib/article/vocabulary';
import { analyseFile } from '../../../../scripts/analyse-file';
import { loadAssets } from '../../../../scripts/node-kb';

/** The verdict's vocabulary reasons: "tech vocabulary N: …". */
const techCount = (text: string) => {
  const v = detectArticle({ normalized: normalizeText(text), entityIds: [] });
  return Number(/tech vocabulary (\d+)/.exec(v.reasons.join(' '))![1]);
};

describe('the gate’s tech hint', () => {
  it('folds every tech term exactly as the full normalisation does', () => {
    for (const t of TECH_TERMS.filter((x) => !x.startsWith(' '))) expect(foldLight(t), t).toBe(normalizeText(t));
  });

  it('never says no where the verdict counts two tech terms (hamza forms, marks, odd spaces, Persian letters)', () => {
    const terms = TECH_TERMS.filter((x) => !x.startsWith(' '));
    const variant = (t: string) =>
      fc
        .tuple(
          fc.array(fc.constantFrom('\u064e', '\u0651', '\u0640', '\u200f', '\u00a0', ''), {
            minLength: t.length,
            maxLength: t.length,
          }),
          fc.boolean(),
          fc.boolean(),
        )
        .map(([marks, hamza, persianYa]) => {
          let v = [...t]
            .map((ch, i) =>
              ch === ' ' ? (marks[i] === '\u00a0' ? '\u00a0' : ' ') : ch + (marks[i] === '\u00a0' ? '' : marks[i]),
            )
            .join('');
          if (hamza) v = v.replace(/^ا/, 'أ');
          if (persianYa) v = v.replace(/ي/g, 'ی');
          return v;
        });
    const word = fc.oneof(
      fc.constantFrom(...terms).chain(variant),
      fc.constantFrom('في', 'قال', 'المدينة', 'GPU', 'AI', '\n'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        if (techCount(text) >= 2) expect(mayBeTechNews(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('lets every tech article of the corpus through and stops most non-tech ones', () => {
    const { matcher } = loadAssets();
    const dir = 'test/fixtures/corpus';
    let stopped = 0;
    let nontech = 0;
    for (const f of readdirSync(dir).filter((x) => /\.(txt|html)$/.test(x))) {
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.(txt|html)$/, '.expected.json')), 'utf8'));
      const { text } = analyseFile(join(dir, f), matcher);
      if (expected.isTechNews) expect(mayBeTechNews(text), f).toBe(true);
      else {
        nontech++;
        if (!mayBeTechNews(text)) stopped++;
      }
    }
    expect(mayBeTechNews(readFileSync('test/fixtures/founding-article.txt', 'utf8'))).toBe(true);
    expect(stopped / nontech).toBeGreaterThan(0.5);
  });
});
