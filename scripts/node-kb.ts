// Loads the committed KB and compiled matcher from assets/ for the command-line tools.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kb, loadKb } from '../lib/kb/load';
import { loadMatcher, type Matcher, type MatcherData } from '../lib/matcher/compile';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function loadAssets(): { kb: Kb; matcher: Matcher } {
  const kb = loadKb(JSON.parse(readFileSync(join(ROOT, 'assets/kb/kb.json'), 'utf8')));
  const matcher = loadMatcher(JSON.parse(readFileSync(join(ROOT, 'assets/kb/matcher.json'), 'utf8')) as MatcherData);
  return { kb, matcher };
}
