// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { badgeToneOf, OpennessBadge } from '../../../components/OpennessBadge';
import { mount, text } from './render';

describe('OpennessBadge', () => {
  it('names every openness in words, with its tone', () => {
    const cases = [
      ['open-source', 'open', 'Open source'],
      ['open-weights', 'open', 'Open weights'],
      ['open-weights-restricted', 'open', 'Open weights, with restrictions'],
      ['open-weights-noncommercial', 'open', 'Open weights, non-commercial'],
      ['api', 'closed', 'Closed: API only'],
      ['hosted', 'closed', 'Closed: hosted service'],
      ['unreleased', 'closed', 'Closed: not released'],
    ] as const;
    for (const [openness, tone, words] of cases) {
      const c = mount(<OpennessBadge card={{ kind: 'model', openness, license: null }} lang="en" />, 'ltr');
      const badge = c.querySelector('.k-badge')!;
      expect(badge.getAttribute('data-tone')).toBe(tone);
      expect(text(badge)).toBe(words);
    }
  });

  it('adds the licence isolated left to right, and a spoken separator', () => {
    const c = mount(<OpennessBadge card={{ kind: 'model', openness: 'open-weights', license: 'MIT' }} lang="ar" />);
    expect(c.querySelector('bdi[dir="ltr"]')?.textContent).toBe('MIT');
    expect(text(c.querySelector('.k-sr-only'))).toBe('، الرخصة:');
    const bare = mount(
      <OpennessBadge
        card={{ kind: 'model', openness: 'open-weights', license: 'MIT' }}
        lang="ar"
        withLicense={false}
      />,
    );
    expect(text(bare)).toBe('أوزان مفتوحة');
  });

  it('shows the kind for organisations and entities without an openness', () => {
    expect(badgeToneOf({ kind: 'organization', openness: null })).toBe('org');
    expect(badgeToneOf({ kind: 'family', openness: null })).toBe('other');
    const c = mount(<OpennessBadge card={{ kind: 'organization', openness: null, license: null }} lang="ar" />);
    expect(text(c)).toBe('شركة أو جهة');
  });
});
