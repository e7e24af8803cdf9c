import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// lib/ decides and never acts: no browser API, no WXT, no DOM globals.
const files = readdirSync('lib', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join('lib', f));

describe('lib/ is pure', () => {
  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });
  it.each(files)('%s imports no browser API, WXT or DOM global', (file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(/from ['"](wxt|webextension-polyfill)/);
    expect(src).not.toMatch(/\b(chrome|browser)\.(runtime|tabs|storage|action)\b/);
    expect(src).not.toMatch(/\b(window|document|localStorage|navigator)\./);
  });
});

describe('no HTML sinks anywhere in our code', () => {
  const ours = ['lib', 'components', 'entrypoints', 'app']
    .flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)))
    .filter((f) => /\.tsx?$/.test(f));
  it.each(ours)('%s uses no innerHTML-like or eval-like sink', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(|document\.write/,
    );
  });
});
