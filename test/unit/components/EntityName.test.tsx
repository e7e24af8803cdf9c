// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EntityName } from '../../../components/EntityName';
import { tx } from '../../../components/tx';
import { mount, text } from './render';

describe('EntityName', () => {
  it('in Arabic: the Arabic name, then the Latin name isolated left to right', () => {
    const c = mount(<EntityName entity={{ name: 'GPT-4', nameAr: 'جي بي تي-4' }} lang="ar" />);
    expect(text(c.querySelector('.k-name-main'))).toBe('جي بي تي-4');
    const latin = c.querySelector('bdi.k-name-latin')!;
    expect(latin.getAttribute('dir')).toBe('ltr');
    expect(latin.textContent).toBe('GPT-4');
  });
  it('in English, or without an Arabic name: the Latin name alone, isolated', () => {
    const en = mount(<EntityName entity={{ name: 'GPT-4', nameAr: 'جي بي تي-4' }} lang="en" />, 'ltr');
    expect(text(en)).toBe('GPT-4');
    expect(en.querySelector('bdi')).not.toBeNull();
    const none = mount(<EntityName entity={{ name: 'Mistral 7B', nameAr: null }} lang="ar" />);
    expect(text(none)).toBe('Mistral 7B');
  });
  it('can leave the Latin name out', () => {
    const c = mount(<EntityName entity={{ name: 'Meta', nameAr: 'ميتا' }} lang="ar" withLatin={false} />);
    expect(text(c)).toBe('ميتا');
  });
});

describe('tx', () => {
  it('puts elements into a string’s placeholders', () => {
    const c = mount(<p>{tx('ar', 'enableSite', <bdi dir="ltr">example.com</bdi>)}</p>);
    expect(text(c)).toBe('شغّل كاشف على example.com');
    expect(c.querySelector('p > bdi')?.textContent).toBe('example.com');
    const en = mount(<p>{tx('en', 'newerSince', <strong>GPT-5</strong>)}</p>, 'ltr');
    expect(en.innerHTML).toBe('<p>Released since: <strong>GPT-5</strong></p>');
  });
});
