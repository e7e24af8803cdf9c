// Texts and names shared by the Node and browser benchmarks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../lib/kb/schema';
import { spellingsOf } from '../../lib/kb/validate';

export interface Workload {
  name: string;
  text: string;
  words: number;
}

const count = (s: string) => s.split(/\s+/).filter(Boolean).length;

function repeatTo(paragraphs: string[], words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    n += count(p);
  }
  return out.join('\n');
}

/** The founding article, a 3,000-word article and a 100,000-word page. */
export function workloads(): Workload[] {
  const founding = readFileSync('test/fixtures/founding-article.txt', 'utf8');
  const corpusDir = 'test/fixtures/corpus';
  let paragraphs: string[] = [];
  try {
    paragraphs = readdirSync(corpusDir)
      .filter((f) => /^tech-.*\.txt$/.test(f))
      .sort()
      .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split(/\n\s*\n/))
      .filter((p) => count(p) > 20);
  } catch {
    // corpus not there: fall back to the founding article's paragraphs
  }
  if (paragraphs.length < 5) paragraphs = founding.split(/\n\s*\n/).filter((p) => count(p) > 20);
  const article3k = repeatTo(paragraphs, 3000);
  const page100k = repeatTo(paragraphs, 100_000);
  return [
    { name: 'founding article', text: founding, words: count(founding) },
    { name: '3,000-word article', text: article3k, words: count(article3k) },
    { name: '100,000-word page', text: page100k, words: count(page100k) },
  ];
}

/** Every spelling in the KB (the names the baselines search for). */
export function allNames(kb: KnowledgeBase): string[] {
  return [...new Set(kb.entities.flatMap(spellingsOf))];
}
