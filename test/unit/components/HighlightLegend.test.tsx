// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HighlightLegend } from '../../../components/HighlightLegend';
import { mount, text } from './render';

describe('HighlightLegend', () => {
  it('explains the four highlight styles by their CSS highlight names, in words', () => {
    const c = mount(<HighlightLegend lang="ar" />);
    expect(c.querySelector('details > summary')?.textContent).toBe('ألوان الإبراز في الصفحة');
    const items = [...c.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-highlight'))).toEqual([
      'kashif-open',
      'kashif-closed',
      'kashif-org',
      'kashif-other',
    ]);
    expect(text(items[0])).toContain('نموذج بأوزان مفتوحة');
    expect(text(items[1])).toContain('نموذج مغلق');
    // Each sample carries an icon, so the colours are not the only cue.
    expect(c.querySelectorAll('.k-swatch svg')).toHaveLength(4);
  });
  it('follows the underline-only style', () => {
    const c = mount(<HighlightLegend lang="en" style="underline" />, 'ltr');
    expect(c.querySelectorAll('.k-swatch--underline')).toHaveLength(4);
  });
});
