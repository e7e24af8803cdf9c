// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SearchBox, type SearchItem } from '../../../components/SearchBox';
import { AR, EN } from './fixtures';
import { key, mount, text, type } from './render';

const ITEMS: SearchItem[] = [
  { id: 'openai', name: 'OpenAI', nameAr: 'أوبن إيه آي', kind: 'organization' },
  { id: 'openai-five', name: 'OpenAI Five', nameAr: null, kind: 'model' },
  { id: 'deepseek', name: 'DeepSeek', nameAr: 'ديب سيك', kind: 'organization' },
];
const search = (q: string) =>
  ITEMS.filter((i) => i.name.toLowerCase().includes(q.toLowerCase()) || (i.nameAr ?? '').includes(q));

function setup(onChoose = vi.fn(), initialQuery?: string) {
  const c = mount(<SearchBox fmt={AR} label="ابحث" search={search} onChoose={onChoose} initialQuery={initialQuery} />);
  const input = c.querySelector('input')!;
  const listbox = c.querySelector<HTMLElement>('[role="listbox"]')!;
  return { c, input, listbox, onChoose };
}

describe('SearchBox (combobox)', () => {
  it('is a labelled combobox that controls a listbox', () => {
    const { c, input, listbox } = setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(c.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('ابحث');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(listbox.hidden).toBe(true);
  });

  it('shows results as you type, the first one active', () => {
    const { input, listbox } = setup();
    type(input, 'open');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = [...listbox.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.getAttribute('data-result-id'))).toEqual(['openai', 'openai-five']);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(text(options[0])).toContain('أوبن إيه آي');
  });

  it('moves with ArrowDown/ArrowUp (wrapping) and chooses with Enter', () => {
    const { input, listbox, onChoose } = setup();
    type(input, 'open');
    const options = [...listbox.querySelectorAll('[role="option"]')];
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    key(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    key(input, 'Enter');
    expect(onChoose).toHaveBeenCalledWith('openai-five');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the list, a second Escape clears the box', () => {
    const { input } = setup();
    type(input, 'deep');
    key(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('deep');
    key(input, 'Escape');
    expect(input.value).toBe('');
  });

  it('chooses with a click, and says when nothing matches', () => {
    const { c, input, listbox, onChoose } = setup();
    type(input, 'deep');
    (listbox.querySelector('[data-result-id="deepseek"]') as HTMLElement).click();
    expect(onChoose).toHaveBeenCalledWith('deepseek');
    type(input, 'zzz');
    expect(text(c.querySelector('[data-testid="search-none"]'))).toBe('لا نتائج لـ«zzz».');
    expect(c.querySelector('[data-testid="search-none"] bdi')?.textContent).toBe('zzz');
    expect(text(c.querySelector('[aria-live="polite"]'))).toBe('لا نتائج لـ«zzz».');
  });

  it('starts from a given query (a context-menu look-up)', () => {
    const c = mount(
      <SearchBox fmt={EN} label="Search" search={search} onChoose={() => {}} initialQuery="deep" />,
      'ltr',
    );
    expect(c.querySelector('input')!.value).toBe('deep');
    expect(c.querySelectorAll('[role="option"]')).toHaveLength(1);
    expect(text(c.querySelector('[aria-live="polite"]'))).toBe('Results: 1');
  });
});
