import { describe, expect, it } from 'vitest';
import { ALIASES_PER_ENTITY, aliasProblem, cleanAlias } from '../../../../lib/format/alias';

describe('aliases', () => {
  it('cleans spellings to plain text', () => {
    expect(cleanAlias('  جيمناي\u200f\u202e  ')).toBe('جيمناي');
    expect(cleanAlias('Open\tAI\n  Five')).toBe('Open AI Five');
  });
  it('checks length, duplicates (normalised), known spellings and the limit', () => {
    expect(aliasProblem('a', [])).toBe('aliasTooShort');
    expect(aliasProblem('--', [])).toBe('aliasTooShort');
    expect(aliasProblem('x'.repeat(81), [])).toBe('aliasTooLong');
    expect(aliasProblem('اوبن ايه اي', [], ['أوبن إيه آي'])).toBe('aliasKnown');
    expect(aliasProblem('GPT 4', ['gpt-4'])).toBe('aliasDuplicate');
    expect(
      aliasProblem(
        'new one',
        Array.from({ length: ALIASES_PER_ENTITY }, (_, i) => `a${i}`),
      ),
    ).toBe('aliasTooMany');
    expect(aliasProblem('جيمناي', ['جمناي'], ['Gemini'])).toBeNull();
  });
});
