import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../lib/arabic/key';
import { buildSearchIndex } from '../../lib/kb/search';
import { spellingsOf } from '../../lib/kb/validate';
import { analyseFile } from '../../scripts/analyse-file';
import { loadAssets } from '../../scripts/node-kb';

/**
 * The fixture corpus: Arabic tech and non-tech articles written for the tests,
 * each with the entities and mention counts a reader would expect. Prints
 * precision and recall; fails below 0.95 / 0.95, and on any entity found in a
 * non-tech article.
 */
interface Expected {
  outlet: string;
  isTechNews: boolean;
  cases: string[];
  entities: Record<string, number>;
}

const { kb, matcher } = loadAssets();
const index = buildSearchIndex(kb);
const DIR = 'test/fixtures/corpus';
const files = [
  'test/fixtures/founding-article.txt',
  ...(existsSync(DIR)
    ? readdirSync(DIR)
        .filter((f) => /\.(txt|html)$/.test(f))
        .sort()
        .map((f) => join(DIR, f))
    : []),
];

/** An expected name → KB id: an exact spelling of one entity (canonical name first). */
function resolveName(name: string): string | null {
  const byName = kb.raw.entities.find((e) => e.name === name);
  if (byName) return byName.id;
  const key = nameKey(name);
  const ids = kb.raw.entities.filter((e) => spellingsOf(e).some((s) => nameKey(s) === key)).map((e) => e.id);
  if (ids.length === 1) return ids[0]!;
  const hit = index.search(name, 1)[0];
  return hit && hit.score === 1 ? hit.id : null;
}

let tp = 0;
let fp = 0;
let fn = 0;
const misses: string[] = [];

describe('fixture corpus', () => {
  it('has the founding article, at least 40 tech and 12 non-tech articles', () => {
    expect(files.filter((f) => /\/tech-/.test(f)).length).toBeGreaterThanOrEqual(40);
    expect(files.filter((f) => /\/nontech-/.test(f)).length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s', (file) => {
    const expected = JSON.parse(readFileSync(file.replace(/\.(txt|html)$/, '.expected.json'), 'utf8')) as Expected;
    const { text, recognition } = analyseFile(file, matcher);
    const want = new Map<string, number>();
    for (const [name, count] of Object.entries(expected.entities)) {
      const id = resolveName(name);
      expect(id, `expected name "${name}" is not a KB spelling`).not.toBeNull();
      want.set(id!, (want.get(id!) ?? 0) + count);
    }
    const got = new Map(recognition.entities.map((e) => [e.id, e.mentions.length]));
    for (const e of recognition.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const [id, n] of want) {
      const g = got.get(id) ?? 0;
      tp += Math.min(n, g);
      fn += Math.max(0, n - g);
      if (g < n) misses.push(`${file}: ${id} expected ${n}, found ${g}`);
    }
    for (const [id, g] of got) {
      const n = want.get(id) ?? 0;
      fp += Math.max(0, g - n);
      if (g > n)
        misses.push(
          `${file}: ${id} found ${g}, expected ${n} (${recognition.entities
            .find((e) => e.id === id)!
            .mentions.map((m) => m.text)
            .join(' | ')})`,
        );
    }
    expect(recognition.article.isTechNews, recognition.article.reasons.join('; ')).toBe(expected.isTechNews);
    if (!expected.isTechNews) expect(recognition.entities).toEqual([]);
  });

  afterAll(() => {
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    console.log(
      `corpus: ${files.length} files, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    for (const m of misses) console.log(`  ${m}`);
  });

  it('precision and recall are at least 0.95', () => {
    // Runs after the per-file tests (vitest runs a file's tests in order).
    expect(tp / (tp + fp || 1)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn || 1)).toBeGreaterThanOrEqual(0.95);
  });
});
