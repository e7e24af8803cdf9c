import { describe, expect, it } from 'vitest';
import { formatParamCount, formatParameters } from '../../../../lib/format/params';

const AR = { lang: 'ar', digits: 'arab' } as const;
const EN = { lang: 'en', digits: 'latn' } as const;

describe('parameters', () => {
  it('writes sizes short, in words in Arabic', () => {
    expect(formatParamCount(117e9, EN)).toBe('117B');
    expect(formatParamCount(1.8e12, EN)).toBe('1.8T');
    expect(formatParamCount(117e9, AR)).toBe('١١٧ مليار');
    expect(formatParamCount(5.1e9, AR)).toBe('٥٫١ مليار');
    expect(formatParamCount(1.8e12, { lang: 'ar', digits: 'latn' })).toBe('1.8 ترليون');
  });
  it('marks estimates and rumours with "~", official figures without', () => {
    expect(formatParameters({ total: 117e9, active: 5.1e9, confidence: 'official' }, EN)).toEqual({
      total: '117B',
      active: '5.1B',
      confidence: 'official',
    });
    expect(formatParameters({ total: 1.8e12, active: null, confidence: 'rumour' }, EN)).toEqual({
      total: '~1.8T',
      active: null,
      confidence: 'rumour',
    });
    expect(formatParameters({ total: 671e9, active: 37e9, confidence: 'estimate' }, EN).active).toBe('~37B');
  });
});
