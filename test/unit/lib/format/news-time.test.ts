import { describe, expect, it } from 'vitest';
import { newsTimeOf, type Successor } from '../../../../lib/format/news-time';
import { GPT_4, GPT_OSS_120B } from '../../components/fixtures';

const MODELS: Record<string, Successor & { successor: string | null }> = {
  'gpt-5': {
    id: 'gpt-5',
    name: 'GPT-5',
    nameAr: 'جي بي تي-5',
    released: { date: '2025-08-07', precision: 'day', kind: 'release' },
    successor: null,
  },
  loop: { id: 'loop', name: 'Loop', nameAr: null, released: null, successor: 'loop' },
};
const lookup = (id: string) => MODELS[id] ?? null;

describe('newsTimeOf', () => {
  it('GPT-4 in a 2024 article: 14 months old, GPT-5 released since', () => {
    expect(newsTimeOf(GPT_4, '2024-05-20T10:00:00Z', lookup)).toEqual({
      ageMonths: 14,
      beforeRelease: false,
      newer: { id: 'gpt-5', name: 'GPT-5', nameAr: 'جي بي تي-5', released: MODELS['gpt-5']!.released },
      newerSinceArticle: true,
    });
  });
  it('GPT-4 in a late-2025 article: GPT-5 already existed', () => {
    const nt = newsTimeOf(GPT_4, '2025-08-19', lookup)!;
    expect(nt.newer?.id).toBe('gpt-5');
    expect(nt.newerSinceArticle).toBe(false);
  });
  it('an article older than the model', () => {
    expect(newsTimeOf(GPT_OSS_120B, '2025-07-01', lookup)).toMatchObject({ ageMonths: -1, beforeRelease: true });
  });
  it('no article date: only what came after', () => {
    expect(newsTimeOf(GPT_4, null, lookup)).toMatchObject({ ageMonths: null, newerSinceArticle: false });
    expect(newsTimeOf(GPT_OSS_120B, null, lookup)).toBeNull();
  });
  it('survives a successor cycle and an unknown successor', () => {
    const looping = { released: null, successor: { id: 'loop', name: 'Loop' } };
    expect(newsTimeOf(looping, null, lookup)?.newer?.id).toBe('loop');
    const unknown = { released: null, successor: { id: 'gone', name: 'Gone' } };
    expect(newsTimeOf(unknown, null, lookup)).toBeNull();
  });
});
