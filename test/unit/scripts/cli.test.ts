import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[]) => {
  const r = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.trim().split('\n').filter(Boolean) };
};

describe('npm run lookup (a stable contract)', () => {
  it('answers the founding article’s models and companies in Arabic and Latin spellings', () => {
    const queries = [
      'gpt-oss-120b',
      'جي بي تي-4',
      'GPT-5',
      'أوبن إيه آي',
      'اوبن ايه اي',
      'ميتا',
      'ديب سيك',
      'ديبسيك',
      'DeepSeek-R1',
      'deepsek',
      'no such model xyz',
    ];
    const r = run('lookup', ['--json', ...queries]);
    expect(r.code).toBe(0);
    const rows = r.lines.map((l) => JSON.parse(l));
    expect(rows.map((x) => x.query)).toEqual(queries);
    const ids = rows.map((x) => x.match?.id ?? null);
    expect(ids).toEqual([
      'gpt-oss-120b',
      'gpt-4',
      'gpt-5',
      'openai',
      'openai',
      'meta',
      'deepseek',
      'deepseek',
      'deepseek-r1',
      'deepseek',
      null,
    ]);
    const oss = rows[0].match;
    expect(Object.keys(oss)).toEqual([
      'id',
      'kind',
      'name',
      'nameAr',
      'developer',
      'country',
      'openness',
      'license',
      'released',
      'parameters',
      'family',
      'successor',
      'sources',
    ]);
    expect(oss).toMatchObject({
      kind: 'model',
      name: 'gpt-oss-120b',
      developer: { id: 'openai', name: 'OpenAI', country: 'US' },
      country: 'US',
      openness: 'open-weights',
      license: 'Apache-2.0',
      released: { date: '2025-08-05', precision: 'day', kind: 'release' },
      parameters: { total: 117000000000, active: 5100000000, confidence: 'official' },
      family: 'gpt-oss',
    });
    expect(oss.sources.every((s: { name: string; url: string | null }) => typeof s.name === 'string')).toBe(true);
    expect(rows[10].match).toBeNull();
    expect(Array.isArray(rows[10].candidates)).toBe(true);
  });
  it('prints a readable card without --json, and a clear usage error for a bad flag', () => {
    const card = run('lookup', ['gpt-oss-20b']);
    expect(card.out).toMatch(/gpt-oss-20b[\s\S]*Apache-2\.0[\s\S]*laptop/);
    const bad = run('lookup', ['--nope', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown option --nope[\s\S]*usage:/);
  });
});

describe('npm run annotate (a stable contract)', () => {
  it('prints one JSON line per file with exact offsets; a binary file gives an error line and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kashif-annotate-'));
    const bin = join(dir, 'x.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 255]));
    const r = run('annotate', [
      '--json',
      'test/fixtures/founding-article.txt',
      'test/fixtures/pages/founding-article.html',
      bin,
    ]);
    expect(r.code).toBe(1);
    const [txt, html, err] = r.lines.map((l) => JSON.parse(l));
    expect(Object.keys(txt)).toEqual(['file', 'article', 'entities']);
    expect(Object.keys(txt.article)).toEqual(['language', 'isTechNews', 'score', 'reasons']);
    expect(txt.article.isTechNews).toBe(true);
    expect(Object.keys(txt.entities[0])).toEqual(['id', 'name', 'nameAr', 'aliasesEn', 'kind', 'mentions']);
    const ids = txt.entities.map((e: { id: string }) => e.id).sort();
    expect(ids).toEqual([
      'deepseek',
      'deepseek-r1',
      'gpt-2',
      'gpt-3',
      'gpt-4',
      'gpt-5',
      'gpt-oss-120b',
      'gpt-oss-20b',
      'llama',
      'meta',
      'openai',
    ]);
    const text = require('node:fs').readFileSync('test/fixtures/founding-article.txt', 'utf8');
    for (const e of txt.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // HTML: the article only (the nav's "شات جي بي تي" and the footer's names are not in it).
    expect(html.entities.map((e: { id: string }) => e.id).sort()).toEqual(ids);
    expect(err).toEqual({ file: bin, error: expect.stringMatching(/binary/) });
  });
});
