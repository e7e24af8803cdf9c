import { describe, expect, it } from 'vitest';
import { cardFields, displayName, parametersText, releaseText } from '../../../../lib/format/fields';
import { CHATGPT, GPT_4, GPT_OSS_120B, OPENAI } from '../../components/fixtures';

const AR = { lang: 'ar', digits: 'arab' } as const;
const EN = { lang: 'en', digits: 'latn' } as const;

describe('fields', () => {
  it('names entities Arabic first with the Latin name after', () => {
    expect(displayName(OPENAI, 'ar')).toBe('أوبن إيه آي (OpenAI)');
    expect(displayName(OPENAI, 'en')).toBe('OpenAI');
    expect(displayName({ name: 'Mistral', nameAr: null }, 'ar')).toBe('Mistral');
  });
  it('says what kind of date it is', () => {
    expect(releaseText({ date: '2019-11-05', precision: 'day', kind: 'weights' }, EN)).toBe(
      'Weights published November 5, 2019',
    );
    expect(releaseText({ date: '2024', precision: 'year', kind: 'announcement' }, AR)).toBe('أُعلن عنه في ٢٠٢٤');
  });
  it('writes sizes with their confidence', () => {
    expect(parametersText({ total: 117e9, active: 5.1e9, confidence: 'official' }, EN)).toBe(
      '117B total, 5.1B active per token',
    );
    expect(parametersText({ total: 1.8e12, active: null, confidence: 'rumour' }, AR)).toBe(
      '~١٫٨ ترليون إجمالًا (شائعة غير مؤكدة)',
    );
  });
  it('lists every known fact of a model, in order, as labelled text', () => {
    expect(cardFields(GPT_OSS_120B, EN).map((f) => [f.label, f.value])).toEqual([
      ['Kind', 'Model'],
      ['Availability', 'Open weights'],
      ['Licence', 'Apache-2.0'],
      ['Date', 'Released August 5, 2025'],
      ['Developer', 'OpenAI'],
      ['Country', 'United States'],
      ['Parameters', '117B total, 5.1B active per token'],
      ['Runs on', 'One GPU'],
      ['Works with', 'text'],
      ['Family', 'gpt-oss'],
    ]);
    expect(cardFields(GPT_4, AR).find((f) => f.key === 'successor')?.value).toBe('GPT-5');
  });
  it('lists organisations’ and products’ facts', () => {
    expect(Object.fromEntries(cardFields(OPENAI, AR).map((f) => [f.key, f.value]))).toEqual({
      kind: 'شركة أو جهة',
      country: 'الولايات المتحدة',
      orgKind: 'شركة',
      founded: '٢٠١٥',
      headquarters: 'San Francisco',
    });
    expect(cardFields(CHATGPT, EN).find((f) => f.key === 'category')?.value).toBe('Chatbot');
  });
});
