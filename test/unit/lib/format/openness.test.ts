import { describe, expect, it } from 'vitest';
import { OPENNESS_KEYS, opennessClass, opennessKey } from '../../../../lib/format/openness';
import { Openness } from '../../../../lib/kb/schema';

describe('openness', () => {
  it('classes every openness value as open or closed, the way the highlights do', () => {
    expect(Openness.options.map((o) => [o, opennessClass(o)])).toEqual([
      ['open-source', 'open'],
      ['open-weights', 'open'],
      ['open-weights-restricted', 'open'],
      ['open-weights-noncommercial', 'open'],
      ['api', 'closed'],
      ['hosted', 'closed'],
      ['unreleased', 'closed'],
    ]);
    expect(opennessClass(null)).toBeNull();
  });
  it('has a UI string for every value', () => {
    expect(Object.keys(OPENNESS_KEYS).sort()).toEqual([...Openness.options].sort());
    expect(opennessKey('api')).toBe('openness_api');
    expect(opennessKey('bogus')).toBeNull();
  });
});
