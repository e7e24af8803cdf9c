// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { layoutTimeline, Timeline, type TimelineItem } from '../../../components/Timeline';
import { AR, EN } from './fixtures';
import { mount, text } from './render';

const items: TimelineItem[] = [
  { id: 'gpt-5', name: 'GPT-5', nameAr: 'جي بي تي-5', date: '2025-08-07', tone: 'closed' },
  { id: 'gpt-2', name: 'GPT-2', nameAr: 'جي بي تي-2', date: '2019-11-05', tone: 'open' },
  { id: 'r1', name: 'DeepSeek-R1', nameAr: null, date: '2025-01', tone: 'open' },
  { id: 'odd', name: 'Undated', nameAr: null, date: 'soon', tone: 'other' },
];

describe('layoutTimeline', () => {
  it('puts the oldest first, one row each, and runs time left to right in English', () => {
    const l = layoutTimeline(items, '2025-08-19', false);
    expect(l.rows.map((r) => r.id)).toEqual(['gpt-2', 'r1', 'gpt-5']);
    const [a, b, c] = l.rows;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(l.article!.x).toBeGreaterThan(c!.x);
    expect(l.rows.every((r) => r.anchor === 'end')).toBe(true);
    expect(l.ticks[0]!.year).toBe(2019);
  });
  it('runs right to left in Arabic, labels on the right', () => {
    const l = layoutTimeline(items, null, true);
    const [a, , c] = l.rows;
    expect(a!.x).toBeGreaterThan(c!.x);
    expect(l.rows[0]!.labelX).toBeGreaterThan(l.plot.x1);
    expect(l.article).toBeNull();
    // The article's label stays inside the drawing when the article is the newest thing on it.
    const dated = layoutTimeline(items, '2025-12-31', true);
    expect(dated.article!.anchor).toBe('start');
    expect(layoutTimeline(items, '2025-12-31', false).article!.anchor).toBe('end');
    expect(layoutTimeline(items, '2022-06-01', false).article!.anchor).toBe('middle');
  });
});

describe('Timeline', () => {
  it('draws an SVG with a title and a text list for screen readers', () => {
    const c = mount(<Timeline items={items} published="2025-08-19" fmt={AR} />);
    const svg = c.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-labelledby')).toBe(c.querySelector('h2')!.id);
    expect(svg.querySelectorAll('[data-timeline-id]')).toHaveLength(3);
    expect(svg.querySelectorAll('circle.k-tl-mark--open')).toHaveLength(2);
    expect(svg.querySelectorAll('rect.k-tl-mark--closed')).toHaveLength(1);
    expect(text(svg.querySelector('.k-tl-article text'))).toBe('المقال');
    expect(text(svg.querySelector('.k-tl-tick text'))).toBe('٢٠١٩');
    const list = [...c.querySelectorAll('ol.k-sr-only li')].map((li) => text(li));
    expect(list).toEqual([
      'جي بي تي-2 (GPT-2): ٥ نوفمبر ٢٠١٩',
      'DeepSeek-R1: يناير ٢٠٢٥',
      'جي بي تي-5 (GPT-5): ٧ أغسطس ٢٠٢٥',
    ]);
  });
  it('says when no date is known', () => {
    const c = mount(<Timeline items={[items[3]!]} published={null} fmt={EN} />, 'ltr');
    expect(c.querySelector('svg')).toBeNull();
    expect(text(c)).toContain('release dates of this article’s models are not known');
  });
});
