import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

/** Renders into a fresh container in the document (dir and lang as an extension page sets them). */
export function mount(vnode: ComponentChild, dir: 'rtl' | 'ltr' = 'rtl'): HTMLElement {
  document.documentElement.dir = dir;
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

afterEach(() => {
  for (const c of mounted.splice(0)) {
    render(null, c);
    c.remove();
  }
});

/** Runs an interaction and lets Preact re-render. */
export function interact(fn: () => void): void {
  act(fn);
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

/** Types into an input as a person would: the value, then an input event. */
export function type(input: Element | null | undefined, value: string): void {
  if (!input) throw new Error('no input');
  act(() => {
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function key(el: Element | null | undefined, k: string): void {
  if (!el) throw new Error('no element');
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
}

/** Visible text with whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A definition list's facts as label → value. */
export function facts(el: Element | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of el?.querySelectorAll('.k-fact') ?? []) {
    out[text(row.querySelector('dt'))] = text(row.querySelector('dd'));
  }
  return out;
}
