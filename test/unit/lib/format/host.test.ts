import { describe, expect, it } from 'vitest';
import { hostIsIn, originPatternOf, siteOf } from '../../../../lib/format/host';

describe('siteOf', () => {
  it('reads what a reader types or a page URL, in the stored form', () => {
    expect(siteOf('Example.com')).toBe('example.com');
    expect(siteOf('https://www.alsawsana.com/x?y#z')).toBe('alsawsana.com');
    expect(siteOf('http://news.example.org.:8080/')).toBe('news.example.org');
    expect(siteOf('  arabic.cnn.com  ')).toBe('arabic.cnn.com');
    expect(siteOf('مثال.مصر')).toBe('xn--mgbh0fb.xn--wgbh1c');
  });
  it('refuses what is not a web host', () => {
    for (const bad of [
      '',
      'localhost',
      'not a host',
      '127.0.0.1',
      'chrome://extensions',
      'about:blank',
      'file:///x',
      null,
    ]) {
      expect(siteOf(bad)).toBeNull();
    }
  });
  it('matches subdomains and makes the permission pattern', () => {
    expect(hostIsIn('www.example.com', 'example.com')).toBe(true);
    expect(hostIsIn('badexample.com', 'example.com')).toBe(false);
    expect(originPatternOf('example.com')).toBe('*://*.example.com/*');
  });
});
