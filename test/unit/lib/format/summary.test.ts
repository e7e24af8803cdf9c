import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../../lib/format/summary';
import { CHATGPT, DEEPSEEK, DEEPSEEK_R1, GPT_4, GPT_OSS_120B, LLAMA, OPENAI } from '../../components/fixtures';

describe('summarizeArticle', () => {
  it('counts open and closed models, companies (named or behind what is named), countries, oldest and newest', () => {
    const s = summarizeArticle(
      [GPT_OSS_120B, OPENAI, GPT_4, DEEPSEEK_R1, LLAMA, CHATGPT, DEEPSEEK],
      new Map([
        ['openai', 6],
        ['deepseek', 2],
      ]),
    );
    expect(s.models).toBe(3);
    expect(s.open).toBe(2);
    expect(s.closed).toBe(1);
    expect(s.companies.map((c) => c.id)).toEqual(['openai', 'deepseek', 'meta']);
    expect(s.countries).toEqual([
      { code: 'US', count: 5 },
      { code: 'CN', count: 2 },
    ]);
    expect(s.oldest).toEqual({ id: 'gpt-4', name: 'GPT-4', nameAr: 'جي بي تي-4', date: '2023-03-14' });
    expect(s.newest?.id).toBe('gpt-oss-120b');
  });
  it('has no newest when one model is both, and nothing for an empty article', () => {
    expect(summarizeArticle([GPT_4]).newest).toBeNull();
    expect(summarizeArticle([])).toEqual({
      models: 0,
      open: 0,
      closed: 0,
      companies: [],
      countries: [],
      oldest: null,
      newest: null,
    });
  });
});
