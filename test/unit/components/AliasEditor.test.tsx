// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { AliasEditor, type AliasEntity } from '../../../components/AliasEditor';
import type { SearchItem } from '../../../components/SearchBox';
import { AR, EN } from './fixtures';
import { click, interact, key, mount, text, type } from './render';

const ENTITIES: Record<string, AliasEntity> = {
  openai: { id: 'openai', name: 'OpenAI', nameAr: 'أوبن إيه آي', known: ['OpenAI', 'أوبن إيه آي', 'أوبن آي'] },
  gemini: { id: 'gemini', name: 'Gemini', nameAr: 'جيميني', known: ['Gemini', 'جيميني'] },
};
const search = (q: string): SearchItem[] =>
  Object.values(ENTITIES)
    .filter((e) => e.name.toLowerCase().startsWith(q.toLowerCase()))
    .map((e) => ({ id: e.id, name: e.name, nameAr: e.nameAr, kind: 'organization' }));

function setup(aliases: Record<string, string[]> = {}, fmt = EN) {
  const onAdd = vi.fn();
  const onRemove = vi.fn();
  const c = mount(
    <AliasEditor
      fmt={fmt}
      aliases={aliases}
      search={search}
      entityOf={(id) => ENTITIES[id] ?? null}
      onAdd={onAdd}
      onRemove={onRemove}
    />,
    fmt.lang === 'ar' ? 'rtl' : 'ltr',
  );
  const pick = (q: string) => {
    const box = c.querySelector('input[role="combobox"]')!;
    type(box, q);
    key(box, 'Enter');
  };
  const add = (alias: string) => {
    type(c.querySelector('[data-testid="alias-form"] input'), alias);
    interact(() => {
      c.querySelector('[data-testid="alias-form"]')!.dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
  };
  return { c, pick, add, onAdd, onRemove };
}

describe('AliasEditor', () => {
  it('picks an entity with the search, then adds a cleaned plain-text spelling', () => {
    const { c, pick, add, onAdd } = setup();
    expect(text(c)).toContain('No spellings of your own yet.');
    pick('gem');
    const form = c.querySelector('[data-testid="alias-form"]')!;
    expect(text(form.querySelector('label'))).toBe('New spelling: Gemini');
    add('  جيمناي\u200f  ');
    expect(onAdd).toHaveBeenCalledWith('gemini', 'جيمناي');
  });

  it('validates: too short, too long, already known to Kashif, already added', () => {
    const { c, pick, add, onAdd } = setup({ openai: ['اوبن اي اي'] }, AR);
    pick('open');
    const message = () => text(c.querySelector('[role="alert"]'));
    add('a');
    expect(message()).toBe('التهجئة قصيرة جدًا: حرفان على الأقل.');
    add('x'.repeat(81));
    expect(message()).toBe('التهجئة طويلة جدًا: ٨٠ حرفًا على الأكثر.');
    add('اوبن ايه اي');
    expect(message()).toBe('كاشف يعرف هذه التهجئة أصلًا.');
    add('أوبن أي أي');
    expect(message()).toBe('هذه التهجئة موجودة من قبل.');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('lists each entity’s spellings with labelled remove buttons', () => {
    const { c, onRemove } = setup({ openai: ['اوبن اي اي', 'OAI'] });
    const group = c.querySelector('[data-alias-entity="openai"]')!;
    expect(text(group.querySelector('h3'))).toBe('Spellings of OpenAI');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove “اوبن اي اي”', 'Remove “OAI”']);
    click(buttons[1]);
    expect(onRemove).toHaveBeenCalledWith('openai', 'OAI');
  });

  it('in Arabic, the entity’s Latin name in the heading is isolated', () => {
    const { c } = setup({ openai: ['OAI'] }, AR);
    const h3 = c.querySelector('[data-alias-entity="openai"] h3')!;
    expect(text(h3)).toBe('تهجئات أوبن إيه آي OpenAI');
    expect(h3.querySelector('bdi[dir="ltr"]')?.textContent).toBe('OpenAI');
  });
});
