import { describe, expect, it } from 'vitest';
import { childOf, compileTrie, deserializeTrie, serializeTrie } from '../../../../lib/matcher/trie';

/** The terminal's values a key leads to, or null. */
function lookUp(t: ReturnType<typeof compileTrie>, key: string): number[] | null {
  let node = 0;
  for (let i = 0; i < key.length && node >= 0; i++) node = childOf(t, node, key.charCodeAt(i));
  return node >= 0 && t.terminal[node]! >= 0 ? t.values[t.terminal[node]!]! : null;
}

describe('the compiled trie in memory', () => {
  const entries = [
    { key: 'chatgpt', value: 3 },
    { key: 'شاتجيبيتي', value: 3 },
    { key: 'gemini', value: 5 },
    { key: 'جيميني', value: 5 },
    { key: 'كوبايلوت', value: 7 },
    { key: 'كوبايلوت', value: 8 },
  ];

  it('holds node and terminal indexes in 16 bits while they fit, and shares equal value lists', () => {
    const t = deserializeTrie(serializeTrie(compileTrie(entries)));
    expect(t.firstChild).toBeInstanceOf(Uint16Array);
    expect(t.terminal).toBeInstanceOf(Int16Array);
    expect(lookUp(t, 'chatgpt')).toBe(lookUp(t, 'شاتجيبيتي'));
    expect(lookUp(t, 'gemini')).toEqual([5]);
    expect(lookUp(t, 'كوبايلوت')).toEqual([7, 8]);
    expect(lookUp(t, 'gemin')).toBeNull();
  });

  it('widens to 32 bits past 65,535 nodes and finds the same keys, serialised the same way', () => {
    const many: Array<{ key: string; value: number }> = [];
    for (let i = 0; i < 12_000; i++)
      many.push({ key: `m${i.toString(36).padStart(4, '0')}x${(i * 7919) % 10007}`, value: i % 50 });
    const compiled = compileTrie(many);
    expect(compiled.char.length).toBeGreaterThan(0xffff);
    const t = deserializeTrie(serializeTrie(compiled));
    expect(t.firstChild).toBeInstanceOf(Int32Array);
    expect(serializeTrie(t)).toEqual(serializeTrie(compiled));
    for (const { key, value } of many.slice(0, 200)) expect(lookUp(t, key)).toContain(value);
  });
});
