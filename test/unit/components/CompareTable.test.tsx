// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CompareTable } from '../../../components/CompareTable';
import { AR, EN, GPT_4, GPT_OSS_120B, OPENAI } from './fixtures';
import { interact, mount, text } from './render';

const row = (c: HTMLElement, label: string) =>
  [...c.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === label)?.querySelectorAll('td') ??
  [];

describe('CompareTable', () => {
  it('puts the first two models side by side, fact by fact', () => {
    const c = mount(<CompareTable cards={[OPENAI, GPT_OSS_120B, GPT_4]} fmt={EN} />, 'ltr');
    const heads = [...c.querySelectorAll('thead th')].map((th) => text(th));
    expect(heads).toEqual(['gpt-oss-120b', 'GPT-4']);
    expect([...row(c, 'Availability')].map((td) => text(td))).toEqual(['Open weights', 'Closed: API only']);
    expect([...row(c, 'Licence')].map((td) => text(td))).toEqual(['Apache-2.0', '—']);
    expect(c.querySelectorAll('label')).toHaveLength(2);
    expect(c.querySelector('table caption')).not.toBeNull();
  });

  it('changes the pair from the labelled selects', () => {
    const c = mount(<CompareTable cards={[OPENAI, GPT_OSS_120B, GPT_4]} fmt={AR} />);
    const [first] = [...c.querySelectorAll('select')] as HTMLSelectElement[];
    expect(c.querySelector(`label[for="${first!.id}"]`)?.textContent).toBe('الكيان الأول');
    interact(() => {
      first!.value = 'openai';
      first!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(text(c.querySelector('thead th'))).toBe('أوبن إيه آي OpenAI');
    expect([...row(c, 'سنة التأسيس')].map((td) => text(td))).toEqual(['٢٠١٥', '—']);
  });

  it('asks for two entities when the article has fewer', () => {
    const c = mount(<CompareTable cards={[OPENAI]} fmt={EN} />, 'ltr');
    expect(c.querySelector('table')).toBeNull();
    expect(text(c)).toContain('at least two entities');
  });
});
