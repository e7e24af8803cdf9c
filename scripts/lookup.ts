// `npm run --silent lookup -- [--json] "<query>" ["<query>"…]`: one KB card per query,
// for a name in any spelling or script. A stable contract: see README.
import { cardOf, type EntityCardData } from '../lib/kb/card';
import { buildSearchIndex } from '../lib/kb/search';
import { loadAssets } from './node-kb';

const USAGE = 'usage: npm run --silent lookup -- [--json] "<query>" ["<query>"…]';
const args = process.argv.slice(2);
const json = args.includes('--json');
const queries = args.filter((a) => a !== '--json');
const badFlag = queries.find((a) => a.startsWith('--'));
if (badFlag || queries.length === 0) {
  console.error(badFlag ? `lookup: unknown option ${badFlag}\n${USAGE}` : `lookup: no query given\n${USAGE}`);
  process.exit(2);
}

const { kb } = loadAssets();
const index = buildSearchIndex(kb);
/** A query names an entity when the best hit is exact or a near spelling. */
const MATCH_SCORE = 0.75;

function toJson(c: EntityCardData) {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    nameAr: c.nameAr,
    developer: c.developer,
    country: c.country,
    openness: c.openness,
    license: c.license,
    released: c.released,
    parameters: c.parameters,
    family: c.family?.id ?? null,
    successor: c.successor?.id ?? null,
    sources: c.sources,
  };
}

function printCard(
  query: string,
  c: EntityCardData | null,
  candidates: Array<{ id: string; name: string; score: number }>,
) {
  if (!c) {
    console.log(
      `${query}: no match${candidates.length ? `; did you mean ${candidates.map((x) => x.name).join(', ')}?` : ''}`,
    );
    return;
  }
  const rows: Array<[string, string | null]> = [
    ['kind', c.kind],
    ['Arabic', c.nameAr],
    ['developer', c.developer ? `${c.developer.name}${c.developer.nameAr ? ` (${c.developer.nameAr})` : ''}` : null],
    ['country', c.country],
    ['openness', c.openness],
    ['licence', c.license],
    ['released', c.released ? `${c.released.date} (${c.released.kind})` : null],
    [
      'parameters',
      c.parameters
        ? `${c.parameters.confidence === 'official' ? '' : '~'}${c.parameters.total / 1e9}B${c.parameters.active ? ` (${c.parameters.active / 1e9}B active)` : ''} [${c.parameters.confidence}]`
        : null,
    ],
    ['runs on', c.runsOn],
    ['family', c.family?.name ?? null],
    ['successor', c.successor?.name ?? null],
    ['sources', c.sources.map((s) => s.name + (s.url ? ` <${s.url}>` : '')).join('; ')],
  ];
  console.log(`${c.name}  [${c.id}]  ← "${query}"`);
  for (const [k, v] of rows) if (v) console.log(`  ${k.padEnd(11)} ${v}`);
}

for (const query of queries) {
  const hits = index.search(query, 6);
  const top = hits[0];
  const entity = top && top.score >= MATCH_SCORE ? kb.byId.get(top.id)! : null;
  const card = entity ? cardOf(kb, entity) : null;
  const candidates = hits.filter((h) => h.id !== card?.id).slice(0, 5);
  if (json) console.log(JSON.stringify({ query, match: card ? toJson(card) : null, candidates }));
  else printCard(query, card, candidates);
}
