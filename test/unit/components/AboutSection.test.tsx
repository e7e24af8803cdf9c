// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AboutSection } from '../../../components/AboutSection';
import { LinkedText } from '../../../components/LinkedText';
import { ProblemList } from '../../../components/ProblemList';
import { AR, EN } from './fixtures';
import { facts, mount, text } from './render';

describe('AboutSection', () => {
  it('shows the version, the data’s date and counts, credits with links, and the privacy note', () => {
    const c = mount(
      <AboutSection
        fmt={AR}
        version="0.1.0"
        kbAsOf="2026-07-19"
        counts={{ organization: 219, model: 1202, family: 68, product: 56 }}
      />,
    );
    const f = facts(c);
    expect(f['نسخة الإضافة']).toBe('0.1.0');
    expect(f['البيانات محدّثة حتى']).toBe('١٩ يوليو ٢٠٢٦');
    expect(f['ما في قاعدة المعرفة']).toContain('النماذج: ١٬٢٠٢');
    expect(f['مصادر البيانات']).toContain('CC BY 4.0');
    expect(f['مصادر البيانات']).toContain('MIT');
    expect(f.الخصوصية).toBe('كل شيء يعمل داخل متصفحك: لا يغادره شيء مما تقرؤه.');
    const link = c.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://epoch.ai/data/ai-models');
    expect(link.rel).toBe('noreferrer');
  });
  it('in English with Latin digits', () => {
    const c = mount(
      <AboutSection
        fmt={EN}
        version="1.2.3"
        kbAsOf="2026-07"
        counts={{ organization: 1, model: 2, family: 3, product: 4 }}
      />,
      'ltr',
    );
    expect(facts(c)['Data as of']).toBe('July 2026');
  });
});

describe('LinkedText', () => {
  it('links web addresses and isolates them left to right, the rest stays text', () => {
    const c = mount(
      <p>
        <LinkedText text="انظر ‏(https://a.example/x) وhttp://b.example" />
      </p>,
    );
    const links = [...c.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://a.example/x', 'http://b.example']);
    expect(links.every((a) => a.querySelector('bdi[dir="ltr"]'))).toBe(true);
    expect(text(c)).toBe('انظر ‏(https://a.example/x) وhttp://b.example');
  });
});

describe('ProblemList', () => {
  it('says plainly which stored settings were reset, as an alert', () => {
    const c = mount(<ProblemList lang="en" problems={['settings.theme: invalid, reset to default']} />, 'ltr');
    expect(c.querySelector('[role="alert"]')).not.toBeNull();
    expect(text(c)).toContain('Some saved settings were damaged');
    expect(text(c.querySelector('code'))).toBe('settings.theme: invalid, reset to default');
  });
  it('renders nothing when all is well', () => {
    expect(mount(<ProblemList lang="ar" problems={[]} />).innerHTML).toBe('');
  });
});
