// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EntityList } from '../../../components/EntityList';
import { AR, EN, GPT_4, OPENAI } from './fixtures';
import { click, mount, text } from './render';

describe('EntityList', () => {
  it('lists the page’s entities with their Latin names and counts; choosing one calls back', () => {
    const onSelect = vi.fn();
    const c = mount(
      <EntityList
        fmt={AR}
        label="في هذه الصفحة"
        items={[
          { card: OPENAI, count: 6 },
          { card: GPT_4, count: 1 },
        ]}
        selectedId="gpt-4"
        onSelect={onSelect}
      />,
    );
    expect(c.querySelector('ul')?.getAttribute('aria-label')).toBe('في هذه الصفحة');
    const row = c.querySelector('[data-entity-id="openai"]')!;
    expect(text(row)).toContain('أوبن إيه آي');
    expect(text(row)).toContain('OpenAI');
    expect(text(row)).toContain('٦×');
    expect(c.querySelector('[data-entity-id="gpt-4"] button')!.getAttribute('aria-pressed')).toBe('true');
    click(row.querySelector('button'));
    expect(onSelect).toHaveBeenCalledWith('openai');
  });
  it('says when there is nothing', () => {
    expect(text(mount(<EntityList fmt={EN} label="x" items={[]} />, 'ltr'))).toBe(
      'No models or companies found on this page.',
    );
  });
});
