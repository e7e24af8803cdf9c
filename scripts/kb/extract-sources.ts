// Run by hand when the shared data changes: copies a trimmed extract of the raw
// datasets into kb/sources/, so `npm run kb:build` needs nothing outside the repo.
// Rows before 2017 are dropped (the KB starts with 2019's GPT-2); columns we do not
// read are dropped; values are kept exactly as published.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCsvRecords, toCsv } from './csv';

const SHARED = process.argv[2] ?? '../shared/data';
const COLUMNS = [
  'Model',
  'Organization',
  'Publication date',
  'Domain',
  'Parameters',
  'Parameters notes',
  'Confidence',
  'Link',
  'Country (of organization)',
  'Model accessibility',
  'Accessibility notes',
  'Training code accessibility',
];

for (const [from, to] of [
  ['epoch_notable_ai_models_2026-07-19.csv', 'epoch-notable-2026-07-19.csv'],
  ['epoch_all_ai_models_2025-12-27.csv', 'epoch-all-2025-12-27.csv'],
]) {
  const rows = parseCsvRecords(readFileSync(`${SHARED}/${from}`, 'utf8')).filter(
    (r) => (r['Publication date'] ?? '') >= '2017',
  );
  writeFileSync(`kb/sources/${to}`, toCsv(rows, COLUMNS));
  console.log(`${to}: ${rows.length} rows`);
}
copyFileSync(`${SHARED}/models_dev_canonical_models_2026-07-02.csv`, 'kb/sources/models-dev-2026-07-02.csv');
copyFileSync(`${SHARED}/epoch_ai_models_README_LICENSE.md`, 'kb/sources/EPOCH-LICENSE.md');
