import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNameSeparator, nameKey } from '../../../../lib/arabic/key';
import { CHAR, FOLD, normalizeArabic } from '../../../../lib/arabic/normalize';
import { spellingsOf } from '../../../../lib/kb/validate';
import {
  CLITICS,
  dfaOf,
  ENDED,
  EXIT,
  MAX_STATES,
  type NameDfa,
  OTHER,
  plainState,
  UNBUILT,
} from '../../../../lib/matcher/dfa';
import { scanNames } from '../../../../lib/matcher/scan';
import { compileTrie } from '../../../../lib/matcher/trie';
import { loadAssets } from '../../../../scripts/node-kb';
import { scanNames as referenceScan } from './reference-scan';

const { kb, matcher } = loadAssets();

/**
 * Runs the automaton over `text` alone (no exact match) and returns where it stops,
 * each as [the text from the oldest thread's word start through the stop, the
 * stop's index]. After a stop it goes on after that character, as the scanner does
 * where no name is found.
 */
function stops(dfa: NameDfa, text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let state = plainState(dfa, OTHER);
  const stopAt = (i: number) => {
    let first = i;
    for (let left = dfa.table[state + dfa.reachColumn]!, j = i - 1; left > 0 && j >= 0; j--) {
      const f = FOLD[text.charCodeAt(j)]!;
      if (f !== CHAR.DROP && !isNameSeparator(f)) {
        first = j;
        left--;
      }
    }
    out.push([text.slice(first, Math.min(i + 1, text.length)), i]);
  };
  for (let i = 0; i < text.length; i++) {
    const sym = dfa.symbol[text.charCodeAt(i)]!;
    let to = dfa.table[state + sym]!;
    if (to === UNBUILT) to = dfa.step(state, sym);
    if (to === EXIT || to <= ENDED) {
      stopAt(i);
      if (dfa.full) dfa.reset(); // as the scanner does
      state = plainState(dfa, /[\u0600-\u06ff]/.test(text[i]!) ? 1 : /[a-z0-9]/i.test(text[i]!) ? 2 : 0);
      continue;
    }
    state = to;
  }
  if (dfa.table[state + dfa.reachColumn]! > 0) stopAt(text.length);
  return out;
}

const dfa = dfaOf(matcher.trie);

describe('the name automaton', () => {
  it('stops at every spelling of the KB, alone and after every clitic, counting back to its word start', () => {
    const spellings = kb.raw.entities.flatMap(spellingsOf).filter((s) => nameKey(s));
    expect(spellings.length).toBeGreaterThan(3000);
    let checked = 0;
    for (const s of spellings) {
      const arabic = /^[\u0600-\u06ff]/.test(s);
      for (const clitic of arabic ? ['', ...CLITICS] : ['']) {
        const text = `قال ${clitic}${s} اليوم`;
        const found = stops(dfa, text);
        expect(found.length, text).toBeGreaterThan(0);
        // The first stop's oldest thread began at the clitic (or the name): what the
        // scanner reads from there is the spelling as written.
        expect(`${clitic}${s} اليوم`.startsWith(found[0]![0]), `${text} ${JSON.stringify(found)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('reads ordinary words without stopping', () => {
    const words = 'كتب هذه ذلك حيث حول قبل بعد خلال عندما يوم صغير جديد في من على إلى التي الذي yes with when';
    expect(stops(dfa, ` ${words} `)).toEqual([]);
  });

  it('starts words where the script changes: a Latin name glued to Arabic letters', () => {
    expect(stops(dfa, ' قالتGemini ').map(([t]) => t)).toEqual(['Gemini']);
    expect(stops(dfa, ' وGemini ').map(([t]) => t)).toEqual(['وGemini']);
  });

  it('runs a name across separators and marks: "جي بي تي", "ميـــتا", "GPT - 4"', () => {
    expect(stops(dfa, ' شات جي بي تي ').length).toBeGreaterThan(0);
    expect(stops(dfa, ' ميـــتا ').map(([t]) => t)).toEqual(['ميـــتا']);
    expect(stops(dfa, ' مِيتَا ').map(([t]) => t)).toEqual(['مِيتَا']);
  });

  it('builds states only as texts reach them, and starts over when full', () => {
    // A small trie and an automaton of at most 8 states: scanning must give the same names as
    // the same trie with room for every state, and as the two-pass reference.
    const keys = ['ميتا', 'جيميني', 'جيبيتي4', 'gpt4', 'gpt4o', 'llama3', 'لاما', 'اوبنايهاي', 'كلود'];
    const small = compileTrie(keys.map((key, value) => ({ key, value })));
    const roomy = compileTrie(keys.map((key, value) => ({ key, value })));
    const tiny = dfaOf(small, 8);
    expect(tiny.states).toBe(3); // the three plain states
    const piece = fc.constantFrom(
      'ميتا',
      'وميتا',
      'جيميني',
      'جي بي تي-4',
      'GPT-4o',
      'gpt 4',
      'Llama 3',
      'للاما',
      'أوبن إيه آي',
      'كلود',
      'بالكلود',
      ' ',
      '، ',
      '.',
      'في',
      'الذكاء',
      '\u064e',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const t = pieces.join('');
        const a = scanNames(t, small);
        expect(a).toEqual(scanNames(t, roomy));
        const nz = normalizeArabic(t);
        const ref = referenceScan(nz, small).map((m) => ({
          start: nz.map[m.start]!,
          end: nz.map[m.end - 1]! + 1,
          terminal: m.terminal,
        }));
        expect(a).toEqual(ref);
        expect(tiny.states).toBeLessThanOrEqual(8);
      }),
      { numRuns: 500 },
    );
    // Long texts run as two streams: a stop in one that makes the cache start over sends the
    // other back to its last plain state.
    fc.assert(
      fc.property(fc.array(piece, { minLength: 300, maxLength: 800 }), (pieces) => {
        const t = pieces.join('');
        expect(scanNames(t, small)).toEqual(scanNames(t, roomy));
      }),
      { numRuns: 100 },
    );
    expect(dfaOf(roomy).states).toBeGreaterThan(8);
    expect(MAX_STATES).toBeGreaterThanOrEqual(1024);
  });

  it('keeps every state the whole corpus needs, with room to spare (no start over on a long page)', () => {
    // Starting over costs every transition built again: on the bench's 100,000 words, a cache of
    // 4,096 states started over twice a scan and the scan took ~10 times longer.
    const fresh = loadAssets().matcher.trie;
    const cache = dfaOf(fresh);
    let resets = 0;
    const reset = cache.reset;
    cache.reset = () => {
      resets++;
      reset();
    };
    const dir = 'test/fixtures/corpus';
    for (const f of readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)))
      scanNames(readFileSync(join(dir, f), 'utf8'), fresh);
    expect(resets).toBe(0);
    expect(cache.states).toBeGreaterThan(1000);
    expect(cache.states).toBeLessThan(MAX_STATES / 2);
  });

  it('never throws on hostile text, and stays within its bounds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        expect(() => scanNames(t, matcher.trie)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    expect(dfa.states).toBeLessThanOrEqual(MAX_STATES);
  });
});
