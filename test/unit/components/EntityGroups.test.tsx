// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EntityGroups } from '../../../components/EntityGroups';
import { AR, CHATGPT, DEEPSEEK, GPT_4, GPT_OSS_120B, LLAMA, OPENAI } from './fixtures';
import { click, mount, text } from './render';

const entities = [
  { card: GPT_OSS_120B, count: 1 },
  { card: OPENAI, count: 6 },
  { card: GPT_4, count: 2 },
  { card: LLAMA, count: 1 },
  { card: CHATGPT, count: 1 },
  { card: DEEPSEEK, count: 1 },
];

describe('EntityGroups', () => {
  it('groups companies, models, families and products, most mentioned first', () => {
    const c = mount(
      <EntityGroups entities={entities} fmt={AR} expanded={new Set()} onToggle={() => {}} mentionIndex={new Map()} />,
    );
    const groups = [...c.querySelectorAll('section.k-group')];
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['organization', 'model', 'family', 'product']);
    expect(text(groups[0]!.querySelector('h2'))).toBe('الشركات والجهات (٢)');
    expect([...groups[1]!.querySelectorAll('[data-entity-id]')].map((e) => e.getAttribute('data-entity-id'))).toEqual([
      'gpt-4',
      'gpt-oss-120b',
    ]);
    // Each card is labelled by its heading.
    for (const card of c.querySelectorAll('article')) {
      expect(card.querySelector(`#${CSS.escape(card.getAttribute('aria-labelledby')!)}`)).not.toBeNull();
    }
  });

  it('expands the chosen cards and passes the mention steps on', () => {
    const onToggle = vi.fn();
    const onStep = vi.fn();
    const c = mount(
      <EntityGroups
        entities={entities}
        fmt={AR}
        expanded={new Set(['openai'])}
        onToggle={onToggle}
        mentionIndex={new Map([['openai', 2]])}
        onMentionStep={onStep}
      />,
    );
    const openai = c.querySelector('[data-entity-id="openai"]')!;
    expect(openai.querySelector('.k-card-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(text(openai.querySelector('.k-mention-pos'))).toBe('الإشارة ٣ من ٦');
    click(openai.querySelectorAll('.k-mention-nav button')[1]);
    expect(onStep).toHaveBeenCalledWith('openai', 1);
    click(c.querySelector('[data-entity-id="gpt-4"] .k-card-toggle'));
    expect(onToggle).toHaveBeenCalledWith('gpt-4');
  });
});
