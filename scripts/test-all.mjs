// The README's test command: every check, in order, with one line of totals at the end.
// Vitest suites report through their JSON reporter; other checks count as one test each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args) {
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return r.status === 0;
}

function check(name, cmd, args) {
  if (only.length && !only.includes(name)) return;
  if (run(name, cmd, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function suite(name, config) {
  if (only.length && !only.includes(name)) return;
  mkdirSync('test-results', { recursive: true });
  const out = `test-results/${name}.json`;
  rmSync(out, { force: true });
  const ok = run(name, 'npx', [
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that fails to load has no failed tests but is a failure.
    if (!ok && report.numFailedTests === 0) failed++;
    if (!ok) failures.push(name);
  } catch {
    failed++;
    failures.push(`${name} (no report)`);
  }
}

check('lint', 'npx', ['biome', 'ci', '.']);
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
suite('unit', 'vitest.config.ts');
check('build', 'npm', ['run', '--silent', 'build']);
check('web-ext-lint', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv3',
  '--no-input',
  '--warnings-as-errors=false',
]);
suite('e2e', 'vitest.e2e.config.ts');

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
