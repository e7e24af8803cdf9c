// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { interact, mount, text } from './render';

describe('ChoiceGroup', () => {
  it('is a fieldset of labelled radios; choosing one calls back', () => {
    const onChange = vi.fn();
    const c = mount(
      <ChoiceGroup
        legend="المظهر"
        value="auto"
        help="مساعدة"
        options={[
          { value: 'auto', label: 'كإعداد النظام' },
          { value: 'dark', label: 'داكن' },
        ]}
        onChange={onChange}
      />,
    );
    expect(text(c.querySelector('fieldset > legend'))).toBe('المظهر');
    const radios = [...c.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(text(radios[1]!.closest('label'))).toBe('داكن');
    expect(c.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe(c.querySelector('.k-help')!.id);
    interact(() => radios[1]!.click());
    expect(onChange).toHaveBeenCalledWith('dark');
  });
});
