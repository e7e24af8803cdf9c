import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../../lib/arabic/key';
import { spellingsOf } from '../../../../lib/kb/validate';
import { loadMatcher, type MatcherData } from '../../../../lib/matcher/compile';
import {
  buildWords,
  CLITICS,
  deserializeWords,
  HANDOFF,
  serializeWords,
  type WordTables,
  wordTables,
} from '../../../../lib/matcher/words';
import { loadAssets } from '../../../../scripts/node-kb';

const { kb, matcher } = loadAssets();
const tables = matcher.trie.words!;

/**
 * Runs the automaton over `text` as the scanner does and returns the words it hands
 * over (each as far as it read it), skipping on after each as the scanner does
 * where no name is there.
 */
function handedOver(t: WordTables, text: string): string[] {
  const out: string[] = [];
  const prefix = 3 * t.width; // FIRST_PREFIX's row
  let state = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = t.next[state + t.symbol[text.charCodeAt(i)]!]!;
    if (state < prefix && to >= prefix) from = i; // a word begins like a name
    if (to >= t.deepBase) {
      out.push(text.slice(from, to < HANDOFF ? i + 1 : i));
      state =
        to === HANDOFF && state < prefix
          ? 0
          : (t.script[to < HANDOFF ? to - t.deepBase + t.firstDeep : state / t.width]! === 1 ? 1 : 2) * t.width;
      if (to >= HANDOFF) i--; // the character that ended the word is read again
      continue;
    }
    state = to;
  }
  if (state >= prefix) out.push(text.slice(from));
  return out;
}

describe('the word automaton', () => {
  it('hands over every spelling of the KB, alone and after every clitic', () => {
    const spellings = kb.raw.entities.flatMap(spellingsOf).filter((s) => nameKey(s));
    expect(spellings.length).toBeGreaterThan(3000);
    let checked = 0;
    for (const s of spellings) {
      const arabic = /^[\u0600-\u06ff]/.test(s);
      for (const clitic of arabic ? ['', ...CLITICS] : ['']) {
        const text = ` ${clitic}${s} `;
        expect(handedOver(tables, text).length, text).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('skips ordinary words without handing them over', () => {
    // Words of the Arabic press that begin no name (and no clitic and name).
    const words = 'كتب هذه ذلك حيث حول قبل بعد خلال عندما يوم صغير جديد yes with when'.split(' ');
    for (const w of words) expect(handedOver(tables, ` ${w} `), w).toEqual([]);
  });

  it('tells words apart by script: a Latin name glued to Arabic letters is its own word', () => {
    expect(handedOver(tables, ' قالتGemini ')).toEqual(['Gem']);
    expect(handedOver(tables, ' وGemini ')).toEqual(['و', 'Gem']); // the clitic (walked on into Gemini), then Gemini
    expect(handedOver(tables, ' GPT-4 و ')).toEqual(['GPT', '4', 'و']);
  });

  it('is what the build compiles from the trie, and survives the round trip through JSON', () => {
    const built = buildWords(matcher.trie);
    const again = deserializeWords(JSON.parse(JSON.stringify(serializeWords(built))), matcher.trie.char.length);
    expect(again).toEqual(built);
    const t = wordTables(again);
    expect(t.next).toEqual(tables.next);
    expect(t.symbol).toEqual(tables.symbol);
  });

  it('rejects corrupt automaton data with a clear error', () => {
    const data = JSON.parse(JSON.stringify(serializeWords(buildWords(matcher.trie))));
    const corrupt = (patch: (d: typeof data) => void) => {
      const d = structuredClone(data);
      patch(d);
      return () => deserializeWords(d, matcher.trie.char.length);
    };
    expect(corrupt((d) => (d.states += 1))).toThrow(/corrupt matcher data/);
    expect(corrupt((d) => (d.firstDeep = 0))).toThrow(/corrupt matcher data/);
    expect(
      corrupt((d) => {
        const e = new Uint16Array(Buffer.from(d.edges, 'base64').buffer.slice(0));
        e[2] = 0xfff0; // an edge to a state that does not exist
        d.edges = Buffer.from(e.buffer).toString('base64');
      }),
    ).toThrow(/corrupt matcher data/);
  });

  it('a matcher whose readings point outside its trie does not load', () => {
    const full = JSON.parse(JSON.stringify(serializeWords(buildWords(matcher.trie))));
    const r = new Int32Array(Buffer.from(full.readings, 'base64').buffer.slice(0));
    r[0] = 1 << 30;
    full.readings = Buffer.from(r.buffer).toString('base64');
    const json = JSON.parse(readFileSync('assets/kb/matcher.json', 'utf8')) as MatcherData;
    expect(() => loadMatcher({ ...json, words: full })).toThrow(/corrupt matcher data/);
  });
});
