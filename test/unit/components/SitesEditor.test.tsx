// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SitesEditor } from '../../../components/SitesEditor';
import { AR, EN } from './fixtures';
import { click, interact, mount, text, type } from './render';

function setup(fmt = EN) {
  const handlers = { onAdd: vi.fn(), onRemove: vi.fn(), onToggle: vi.fn() };
  const c = mount(
    <SitesEditor
      fmt={fmt}
      builtin={['aljazeera.net', 'alsawsana.com']}
      added={['example.com']}
      disabled={['aljazeera.net']}
      {...handlers}
    />,
    fmt.lang === 'ar' ? 'rtl' : 'ltr',
  );
  const submit = () =>
    interact(() => {
      c.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  return { c, submit, ...handlers };
}

describe('SitesEditor', () => {
  it('lists built-in sites with on/off boxes (a site turned off is unticked)', () => {
    const { c, onToggle } = setup(AR);
    expect(text(c.querySelector('details > summary'))).toBe('المواقع المدمجة (٢)');
    const boxes = [...c.querySelectorAll('.k-site-grid input[type="checkbox"]')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
    expect(text(boxes[1]!.closest('label'))).toBe('alsawsana.com');
    click(boxes[1]);
    expect(onToggle).toHaveBeenCalledWith('alsawsana.com', false);
  });

  it('lists the reader’s sites with a labelled remove button', () => {
    const { c, onRemove } = setup();
    const row = c.querySelector('[data-site="example.com"]')!;
    const remove = row.querySelector('button')!;
    expect(text(remove)).toBe('Remove example.com');
    expect(remove.querySelector('bdi[dir="ltr"]')?.textContent).toBe('example.com');
    click(remove);
    expect(onRemove).toHaveBeenCalledWith('example.com');
  });

  it('adds a typed site in its stored form, inside the submit', () => {
    const { c, submit, onAdd } = setup();
    const input = c.querySelector('form input')!;
    expect(c.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    type(input, 'https://WWW.News.Example.org/path');
    submit();
    expect(onAdd).toHaveBeenCalledWith('news.example.org');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('refuses a bad host, a built-in site and a repeat, with a message tied to the input', () => {
    const { c, submit, onAdd } = setup();
    const input = c.querySelector('form input')!;
    for (const [value, message] of [
      ['not a host', 'Enter a domain name such as example.com.'],
      ['www.aljazeera.net', 'This site is already built in.'],
      ['example.com', 'This site is already on your list.'],
    ] as const) {
      type(input, value);
      submit();
      const alert = c.querySelector('[role="alert"]')!;
      expect(text(alert)).toBe(message);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    }
    expect(onAdd).not.toHaveBeenCalled();
  });
});
