// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PageState } from '../../../components/PageState';
import { click, mount, text } from './render';

describe('PageState', () => {
  it('site off: says so and offers to turn Kashif on for the site', () => {
    const onEnable = vi.fn();
    const c = mount(<PageState kind="off" lang="ar" site="example.com" onEnable={onEnable} />);
    const state = c.querySelector('[data-state="off"]')!;
    expect(state.getAttribute('role')).toBe('status');
    expect(text(state)).toContain('كاشف متوقف على هذا الموقع.');
    const button = state.querySelector('button')!;
    expect(text(button)).toBe('شغّل كاشف على example.com');
    expect(button.querySelector('bdi[dir="ltr"]')?.textContent).toBe('example.com');
    click(button);
    expect(onEnable).toHaveBeenCalledOnce();
  });

  it('not an article: explains what to do and offers a scan', () => {
    const onScan = vi.fn();
    const c = mount(<PageState kind="not-article" lang="en" onScan={onScan} />, 'ltr');
    expect(text(c)).toContain('not an Arabic tech-news article');
    expect(text(c)).toContain('Open a single article');
    click(c.querySelector('button'));
    expect(onScan).toHaveBeenCalledOnce();
  });

  it('not tech news, loading, error with a retry, and a failed action', () => {
    expect(text(mount(<PageState kind="not-tech" lang="en" />, 'ltr'))).toContain('does not look like tech news');
    const loading = mount(<PageState kind="loading" lang="ar" />);
    expect(loading.querySelector('[aria-busy="true"]')).not.toBeNull();
    const onRetry = vi.fn();
    const error = mount(<PageState kind="error" lang="en" onRetry={onRetry} problem="Boom" />, 'ltr');
    expect(error.querySelector('[role="alert"]')).not.toBeNull();
    click([...error.querySelectorAll('button')].find((b) => text(b) === 'Try again'));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(text(error.querySelector('.k-problem'))).toBe('Boom');
  });

  it('offers no button it cannot act on', () => {
    const c = mount(<PageState kind="off" lang="en" site={null} />, 'ltr');
    expect(c.querySelector('button')).toBeNull();
    expect(
      mount(<PageState kind="no-entities" lang="en" onScan={() => {}} />, 'ltr').querySelector('button'),
    ).toBeNull();
  });
});
