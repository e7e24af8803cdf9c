// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ArticleSummary } from '../../../components/ArticleSummary';
import { summarizeArticle } from '../../../lib/format/summary';
import { AR, DEEPSEEK, DEEPSEEK_R1, EN, GPT_4, GPT_OSS_120B, LLAMA, OPENAI } from './fixtures';
import { click, facts, mount, text } from './render';

const cards = [OPENAI, GPT_OSS_120B, GPT_4, DEEPSEEK, DEEPSEEK_R1, LLAMA];
const counts = new Map([
  ['openai', 6],
  ['deepseek', 1],
]);

describe('ArticleSummary', () => {
  it('sums up in Arabic: open vs closed, companies, countries, oldest and newest', () => {
    const c = mount(
      <ArticleSummary summary={summarizeArticle(cards, counts)} fmt={AR} published="2025-08-19T13:23:00+03:00" />,
    );
    expect(c.querySelector('section h2')?.textContent).toBe('ملخص المقال');
    expect(text(c.querySelector('.k-article-date'))).toBe('تاريخ المقال: ١٩ أغسطس ٢٠٢٥');
    const f = facts(c);
    expect(f['النماذج: ٣']).toBe('بأوزان مفتوحة: ٢ مغلقة: ١');
    expect(f.الشركات).toBe('أوبن إيه آي، ديب سيك، ميتا');
    expect(text(c.querySelector('[data-testid="summary-countries"]'))).toBe('٤ من الولايات المتحدة، ٢ من الصين');
    expect(f['أقدم نموذج']).toBe('جي بي تي-4 (١٤ مارس ٢٠٢٣)');
    expect(f['أحدث نموذج']).toBe('جي بي تي أو إس إس 120 (٥ أغسطس ٢٠٢٥)');
  });

  it('in English, with names as buttons, and an unknown article date said so', () => {
    const onSelect = vi.fn();
    const c = mount(
      <ArticleSummary summary={summarizeArticle(cards, counts)} fmt={EN} published={null} onSelectEntity={onSelect} />,
      'ltr',
    );
    expect(text(c.querySelector('.k-article-date'))).toBe('The article’s date is unknown');
    expect(text(c.querySelector('[data-testid="summary-countries"]'))).toBe('4 from United States, 2 from China');
    click([...c.querySelectorAll('button.k-link')].find((b) => text(b) === 'DeepSeek'));
    expect(onSelect).toHaveBeenCalledWith('deepseek');
  });
});
