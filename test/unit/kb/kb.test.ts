import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKb } from '../../../lib/kb/load';
import { OPEN_WEIGHTS } from '../../../lib/kb/schema';
import { validateKb } from '../../../lib/kb/validate';
import { buildKb, counts } from '../../../scripts/kb/build';

const committed = readFileSync('assets/kb/kb.json', 'utf8');
const kb = loadKb(JSON.parse(committed));

describe('knowledge base build', () => {
  it('rebuilding gives the committed KB and matcher byte for byte', () => {
    const r = buildKb();
    expect(r.json === committed, 'assets/kb/kb.json is stale: run npm run kb:build').toBe(true);
    expect(r.matcherJson === readFileSync('assets/kb/matcher.json', 'utf8'), 'assets/kb/matcher.json is stale').toBe(
      true,
    );
  });

  it('holds the minimum counts', () => {
    const c = counts(kb.raw);
    expect(c.model).toBeGreaterThanOrEqual(600);
    expect(c.product).toBeGreaterThanOrEqual(40);
    expect(c.organization).toBeGreaterThanOrEqual(150);
    expect(c.family).toBeGreaterThanOrEqual(13);
    expect(c.modelsWithArabicName).toBeGreaterThanOrEqual(350);
  });

  it('gives a model its Ollama tags as English names, credited to the Ollama library', () => {
    const m = kb.raw.entities.find((e) => e.id === 'llama-3-1-8b')!;
    expect(m.aliasesEn).toContain('llama3.1:8b');
    const credited = m.sources.filter((s) => s.fields.includes('aliasesEn')).map((s) => s.name);
    expect(credited).toContain('Ollama model library');
  });

  it('names every organisation, family and product in Arabic', () => {
    for (const e of kb.raw.entities) if (e.kind !== 'model') expect(e.nameAr, e.id).toBeTruthy();
  });

  it('fails on bad data, naming the entry and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kashif-kb-'));
    try {
      cpSync('kb', dir, { recursive: true });
      // A last overlay file (merged after the others) carries each bad value in turn.
      const file = join(dir, 'overlay/models-zz-bad.json');
      const bad = (fields: Record<string, unknown>) =>
        writeFileSync(file, JSON.stringify([{ id: 'gpt-5', epoch: 'GPT-5', ...fields }]));
      bad({ released: { date: '2031-01-01', precision: 'day', kind: 'release' } });
      expect(() => buildKb(dir)).toThrow(/gpt-5.*released.*after the KB's as-of date/s);
      bad({ license: 'Totally Open Licence', openness: 'open-weights' });
      expect(() => buildKb(dir)).toThrow(/entity "gpt-5"[\s\S]*unknown licence[\s\S]*→ at license/);
      bad({ license: null, openness: 'open-weights' });
      expect(() => buildKb(dir)).toThrow(/entity "gpt-5"[\s\S]*open-weights model needs a licence/);
      bad({ successor: 'gpt-99' });
      expect(() => buildKb(dir)).toThrow(/dangling reference to gpt-99/);
      bad({ aliasesEn: ['OpenAI'] });
      expect(() => buildKb(dir)).toThrow(/spelling key "openai" names 2 entities without ambiguity data/);
      bad({ released: 'yesterday' });
      expect(() => buildKb(dir)).toThrow(/models-zz-bad\.json: entry "gpt-5" is invalid/);
      rmSync(file);
      const tags = join(dir, 'overlay/ollama.json');
      const good = JSON.parse(readFileSync(tags, 'utf8'));
      writeFileSync(tags, JSON.stringify({ ...good, tags: { ...good.tags, 'llama9:8b': 'llama-9-8b' } }));
      expect(() => buildKb(dir)).toThrow(/ollama\.json: tag "llama9:8b" names no model \("llama-9-8b"\)/);
      writeFileSync(tags, JSON.stringify({ ...good, tags: { 'Llama 3.1 8B': 'llama-3-1-8b' } }));
      expect(() => buildKb(dir)).toThrow(/ollama\.json is invalid/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('knowledge base data lint', () => {
  it('is sorted, unique, and every reference resolves (no problems)', () => {
    expect(validateKb(kb.raw)).toEqual([]);
  });
  it('overlay files are sorted by id with unique ids', () => {
    for (const f of ['organizations', 'families', 'products', 'models-headline']) {
      const ids = (JSON.parse(readFileSync(`kb/overlay/${f}.json`, 'utf8')) as Array<{ id: string }>).map((e) => e.id);
      expect(ids, f).toEqual([...ids].sort());
      expect(new Set(ids).size, f).toBe(ids.length);
    }
  });
  it('every fact has a source, every open model a licence, dates never after the as-of date', () => {
    for (const e of kb.raw.entities) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      if (e.kind === 'model') {
        if (e.openness && OPEN_WEIGHTS.has(e.openness)) expect(e.license, e.id).toBeTruthy();
        if (e.released) expect(e.released.date <= kb.raw.asOf, e.id).toBe(true);
      }
    }
  });
  it('credits Epoch AI and models.dev', () => {
    expect(kb.raw.credits.join(' ')).toContain(
      "Epoch AI, 'Data on AI Models', published online at epoch.ai (https://epoch.ai/data/ai-models), CC BY 4.0.",
    );
    expect(kb.raw.credits.join(' ')).toContain('models.dev');
  });
});

describe('headline facts checked by hand', () => {
  const model = (id: string) => {
    const e = kb.byId.get(id);
    if (e?.kind !== 'model') throw new Error(`${id} is not a model`);
    return e;
  };
  it('gpt-oss-120b and gpt-oss-20b', () => {
    for (const [id, total, active, runsOn] of [
      ['gpt-oss-120b', 117e9, 5.1e9, 'workstation'],
      ['gpt-oss-20b', 21e9, 3.6e9, 'laptop'],
    ] as const) {
      const m = model(id);
      expect(m).toMatchObject({ developer: 'openai', license: 'Apache-2.0', openness: 'open-weights', runsOn });
      expect(m.released).toEqual({ date: '2025-08-05', precision: 'day', kind: 'release' });
      expect(m.parameters).toEqual({ total, active, confidence: 'official' });
    }
  });
  it('GPT-2 to GPT-5 and DeepSeek-R1', () => {
    expect(model('gpt-2')).toMatchObject({ openness: 'open-weights', license: 'MIT', successor: 'gpt-3' });
    expect(model('gpt-3')).toMatchObject({ openness: 'api', predecessor: 'gpt-2', successor: 'gpt-4' });
    expect(model('gpt-4').released).toEqual({ date: '2023-03-14', precision: 'day', kind: 'release' });
    expect(model('gpt-5')).toMatchObject({ openness: 'api', predecessor: 'gpt-4' });
    expect(model('deepseek-r1')).toMatchObject({ developer: 'deepseek', license: 'MIT', openness: 'open-weights' });
    expect(kb.countryOf(model('deepseek-r1'))).toBe('CN');
    expect(kb.countryOf(model('gpt-5'))).toBe('US');
  });
});
