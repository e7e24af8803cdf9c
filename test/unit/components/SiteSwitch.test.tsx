// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '../../../components/SiteSwitch';
import { click, mount, text } from './render';

describe('SiteSwitch', () => {
  it('is a labelled switch that reports the new state inside the click', () => {
    const onChange = vi.fn();
    const c = mount(<SiteSwitch lang="ar" site="example.com" on={false} onChange={onChange} />);
    const sw = c.querySelector('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(sw.getAttribute('aria-label')).toBe('كاشف على example.com');
    expect(text(sw)).toBe('كاشف على example.com');
    click(sw);
    expect(onChange).toHaveBeenCalledWith(true);
  });
  it('shows on, and is disabled while busy', () => {
    const c = mount(<SiteSwitch lang="en" site="a.com" on busy onChange={() => {}} />, 'ltr');
    const sw = c.querySelector('[role="switch"]') as HTMLButtonElement;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(sw.disabled).toBe(true);
  });
});
