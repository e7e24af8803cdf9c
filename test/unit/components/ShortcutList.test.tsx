// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ShortcutList } from '../../../components/ShortcutList';
import { click, mount, text } from './render';

const SHORTCUTS = [
  { name: '_execute_action', shortcut: 'Alt+Shift+K', description: '' },
  { name: 'next-mention', shortcut: 'Alt+Shift+J', description: 'Go to the next mention' },
  { name: 'prev-mention', shortcut: '', description: 'Go to the previous mention' },
  { name: 'something-new', shortcut: 'Ctrl+1', description: 'A new command' },
];

describe('ShortcutList', () => {
  it('names each command in the UI language, with its keys isolated left to right', () => {
    const c = mount(<ShortcutList lang="ar" shortcuts={SHORTCUTS} firefox={false} />);
    const rows = [...c.querySelectorAll('tr')].map((tr) => [
      text(tr.querySelector('th')),
      text(tr.querySelector('td')),
    ]);
    expect(rows).toEqual([
      ['فتح نافذة كاشف', 'Alt+Shift+K'],
      ['الانتقال إلى الإشارة التالية', 'Alt+Shift+J'],
      ['الانتقال إلى الإشارة السابقة', 'بلا اختصار'],
      ['A new command', 'Ctrl+1'],
    ]);
    expect(c.querySelector('bdi[dir="ltr"] kbd')?.textContent).toBe('Alt+Shift+K');
    expect(text(c.querySelector('.k-help'))).toContain('chrome://extensions/shortcuts');
  });
  it('explains Firefox’s shortcut editor and offers to open it', () => {
    const onChange = vi.fn();
    const c = mount(<ShortcutList lang="en" shortcuts={[]} firefox onChange={onChange} />, 'ltr');
    expect(text(c.querySelector('.k-help'))).toContain('Manage Extension Shortcuts');
    click(c.querySelector('button'));
    expect(onChange).toHaveBeenCalledOnce();
  });
});
