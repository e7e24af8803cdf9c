// `npm run kb:build`: turns kb/sources (Epoch AI, models.dev) and the curated overlay
// (kb/overlay) into the committed knowledge base assets/kb/kb.json. Deterministic:
// rebuilding gives the committed file byte for byte (a test checks this).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { nameKey } from '../../lib/arabic/key';
import { KNOWN_LICENSES } from '../../lib/kb/licenses';
import {
  type Entity,
  Entity as EntitySchema,
  type Family,
  KnowledgeBase,
  type Model,
  type Organization,
  type Product,
  type Source,
} from '../../lib/kb/schema';
import { validateKb } from '../../lib/kb/validate';
import { compileMatcher, loadMatcher } from '../../lib/matcher/compile';
import { arabicNameFromFamily } from './arabic-names';
import { parseCsvRecords } from './csv';
import {
  cleanModelName,
  EPOCH_CREDIT,
  epochSource,
  licenseOf,
  modalityOf,
  opennessOf,
  parametersOf,
  releaseOf,
  runsOnOf,
  slugify,
} from './import-epoch';
import {
  OverlayFamily,
  OverlayMeta,
  OverlayModel,
  OverlayOrganization,
  OverlayProduct,
  OverlayTags,
} from './overlay-schema';

export class KbBuildError extends Error {}

const MODELS_DEV_CREDIT = 'models.dev, model list (https://models.dev), MIT licence.';

function readOverlay<T>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  const raw = JSON.parse(readFileSync(`${dir}/overlay/${file}`, 'utf8')) as unknown[];
  if (!Array.isArray(raw)) throw new KbBuildError(`kb/overlay/${file}: expected an array`);
  return raw.map((entry, i) => {
    const r = schema.safeParse(entry);
    if (!r.success) {
      const id = (entry as { id?: string })?.id ?? `#${i}`;
      throw new KbBuildError(`kb/overlay/${file}: entry "${id}" is invalid:\n${z.prettifyError(r.error)}`);
    }
    return r.data;
  });
}

function mergeModelOverlays(entries: OverlayModel[]): OverlayModel[] {
  const byId = new Map<string, OverlayModel>();
  for (const e of entries) {
    const prev = byId.get(e.id);
    const merged = { ...(prev ?? {}), ...Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) };
    byId.set(e.id, merged as OverlayModel);
  }
  return [...byId.values()];
}

/** Epoch's snapshot rows ("GPT-4o (May 2024)") are one product: " (Mon YYYY)" names the snapshot. */
const SNAPSHOT = / \((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\)$/;

export interface BuildResult {
  kb: z.infer<typeof KnowledgeBase>;
  json: string;
  matcherJson: string;
  skipped: string[];
}

/** Builds the KB from `dir`/sources and `dir`/overlay (the repo's kb/ by default; tests pass a copy). */
export function buildKb(dir = 'kb'): BuildResult {
  const meta = OverlayMeta.parse(JSON.parse(readFileSync(`${dir}/overlay/meta.json`, 'utf8')));
  const orgs = readOverlay(dir, 'organizations.json', OverlayOrganization);
  const families = readOverlay(dir, 'families.json', OverlayFamily);
  const products = readOverlay(dir, 'products.json', OverlayProduct);
  // Model overlays: every kb/overlay/models*.json, merged by id field by field.
  const modelOverlay = mergeModelOverlays(
    readdirSync(`${dir}/overlay`)
      .filter((f) => /^models.*\.json$/.test(f))
      // models.json (the bulk of the curation) first; models-*.json (hand-checked headline facts) win.
      .sort((a, b) => (a === 'models.json' ? -1 : b === 'models.json' ? 1 : a.localeCompare(b)))
      .flatMap((f) => readOverlay(dir, f, OverlayModel)),
  );
  const skipped: string[] = [];

  // Epoch organisation strings → our org ids.
  const orgByEpochName = new Map<string, string>();
  for (const o of orgs) for (const n of [o.name, ...o.epochNames]) orgByEpochName.set(n.trim().toLowerCase(), o.id);
  const orgOf = (field: string): string | null => {
    for (const part of field.split(/,|\n/)) {
      const id = orgByEpochName.get(part.trim().toLowerCase());
      if (id) return id;
    }
    return null;
  };

  // Families: longest member prefix wins.
  const prefixes = families
    .flatMap((f) => f.memberPrefixes.map((p) => ({ key: nameKey(p), family: f })))
    .sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
  const orgParent = new Map(orgs.map((o) => [o.id, o.parent]));
  const sameOrg = (a: string | null, b: string | null) => {
    for (let x = a; x; x = orgParent.get(x) ?? null) if (x === b) return true;
    for (let x = b; x; x = orgParent.get(x) ?? null) if (x === a) return true;
    return false;
  };
  const familyOf = (name: string, developer: string | null): OverlayFamily | null => {
    const k = nameKey(name);
    const hit = prefixes.find(
      (p) => k.startsWith(p.key) && (!p.family.developer || sameOrg(developer, p.family.developer)),
    );
    return hit?.family ?? null;
  };

  // models.dev rows by slug of their name, for licences and openness Epoch lacks.
  const modelsDev = new Map<string, Record<string, string>>();
  for (const r of parseCsvRecords(readFileSync(`${dir}/sources/models-dev-2026-07-02.csv`, 'utf8'))) {
    modelsDev.set(slugify(r.name ?? ''), r);
  }

  const overlaySlugs = new Set(modelOverlay.filter((m) => m.epoch).map((m) => slugify(cleanModelName(m.epoch!))));
  // Epoch rows: notable first (newer, curated), then "all models".
  const rows = new Map<string, { row: Record<string, string>; dataset: string }>();
  for (const [file, dataset] of [
    [`${dir}/sources/epoch-notable-2026-07-19.csv`, 'Notable AI Models, 2026-07-19'],
    [`${dir}/sources/epoch-all-2025-12-27.csv`, 'All AI Models, 2025-12-27'],
  ] as const) {
    // Oldest first, so the first snapshot of a product becomes the product's row.
    const records = parseCsvRecords(readFileSync(file, 'utf8')).sort((a, b) =>
      (a['Publication date'] ?? '').localeCompare(b['Publication date'] ?? ''),
    );
    for (const row of records) {
      let name = cleanModelName(row.Model ?? '');
      if (!name) continue;
      if (SNAPSHOT.test(name)) {
        const base = name.replace(SNAPSHOT, '');
        if (rows.has(slugify(base)) || overlaySlugs.has(slugify(name))) continue;
        name = base;
      }
      const id = slugify(name);
      if (!rows.has(id)) rows.set(id, { row: { ...row, Model: name }, dataset });
    }
  }
  const overlayById = new Map(modelOverlay.map((m) => [m.id, m]));
  const overlayByEpoch = new Map(
    modelOverlay.filter((m) => m.epoch).map((m) => [slugify(cleanModelName(m.epoch!)), m]),
  );
  const reservedIds = new Set([...orgs, ...families, ...products].map((e) => e.id));
  // Spellings of curated organisations, families and products: an imported model
  // spelt the same ("Sora", "Jais") is the family's or product's first row, and
  // the curated entity answers for the name.
  const curatedKeys = new Set(
    [...orgs, ...families, ...products].flatMap((e) => [e.name, e.nameAr, ...e.aliasesEn, ...e.aliasesAr].map(nameKey)),
  );

  const models = new Map<string, Model>();
  for (const [slug, { row, dataset }] of rows) {
    const curated = overlayByEpoch.get(slug) ?? overlayById.get(slug);
    const date = row['Publication date'] ?? '';
    const openness = opennessOf(row);
    if (!curated) {
      if (date < '2019') continue;
      if (!openness || openness === 'unreleased') continue;
    }
    const developer = orgOf(row.Organization ?? '');
    if (!developer && !curated?.developer) continue;
    if (!curated && curatedKeys.has(nameKey(row.Model!))) {
      skipped.push(`${slug}: spelt like a curated family, product or organisation`);
      continue;
    }
    const params = parametersOf(row, openness);
    const md = modelsDev.get(slug);
    let license = licenseOf(row, openness);
    const fields = ['released', 'openness', 'parameters', 'modality', 'developer'];
    const sources: Source[] = [];
    if (!license && openness?.startsWith('open') && md?.license && KNOWN_LICENSES.includes(md.license)) {
      license = md.license;
      sources.push({ name: 'models.dev', url: 'https://models.dev', fields: ['license'] });
    }
    if (license) fields.push('license');
    sources.unshift(epochSource(dataset, fields));
    const released = releaseOf(row);
    if (released && /arxiv\.org/.test(row.Link ?? '')) released.kind = 'paper';
    let id = curated?.id ?? slug;
    if (reservedIds.has(id)) id = `${id}-model`;
    models.set(id, {
      id,
      kind: 'model',
      name: row.Model!,
      nameAr: null,
      aliasesEn: [],
      aliasesAr: [],
      ambiguous: [],
      sources,
      developer,
      family: null,
      released,
      openness,
      license,
      parameters: params,
      modality: modalityOf(row.Domain ?? ''),
      runsOn: runsOnOf(openness, params),
      predecessor: null,
      successor: null,
    });
  }

  // The overlay: corrections win; new models are added whole.
  for (const o of modelOverlay) {
    const base = models.get(o.id);
    if (!base && o.epoch && !rows.has(slugify(cleanModelName(o.epoch)))) {
      throw new KbBuildError(`kb/overlay/models.json: entry "${o.id}": epoch row "${o.epoch}" does not exist`);
    }
    const m: Model = base ?? {
      id: o.id,
      kind: 'model',
      name: o.name ?? o.id,
      nameAr: null,
      aliasesEn: [],
      aliasesAr: [],
      ambiguous: [],
      sources: [],
      developer: null,
      family: null,
      released: null,
      openness: null,
      license: null,
      parameters: null,
      modality: [],
      runsOn: null,
      predecessor: null,
      successor: null,
    };
    const changed: string[] = [];
    for (const key of [
      'name',
      'nameAr',
      'aliasesEn',
      'aliasesAr',
      'ambiguous',
      'developer',
      'family',
      'released',
      'openness',
      'license',
      'parameters',
      'modality',
      'runsOn',
      'predecessor',
      'successor',
    ] as const) {
      if (o[key] !== undefined) {
        (m as Record<string, unknown>)[key] = o[key];
        changed.push(key);
      }
    }
    if (o.runsOn === undefined && (o.parameters !== undefined || o.openness !== undefined)) {
      m.runsOn = runsOnOf(m.openness, m.parameters);
    }
    if (changed.length) {
      const src = o.source ?? { name: 'Kashif curation', url: 'https://epoch.ai/data/ai-models' };
      // Facts the overlay replaced are no longer credited to the raw source.
      for (const s of m.sources) s.fields = s.fields.filter((f) => !changed.includes(f));
      m.sources = m.sources.filter((s) => s.fields.length > 0);
      m.sources.push({ name: src.name, url: src.url, fields: changed.filter((c) => c !== 'name') });
    }
    models.set(m.id, m);
  }

  // Families, members and generated Arabic names.
  for (const m of models.values()) {
    if (!m.family) m.family = familyOf(m.name, m.developer)?.id ?? null;
    if (!m.nameAr && m.family) {
      const fam = families.find((f) => f.id === m.family)!;
      const ar = arabicNameFromFamily(m.name, fam);
      if (ar) {
        m.nameAr = ar;
        m.sources.push({ name: 'Kashif curation (family spelling + version)', url: null, fields: ['nameAr'] });
      }
    }
    // An imported open model the sources give no licence for cannot be shown honestly: leave
    // it out. A curated one without a licence is an error (the schema says so).
    if (m.openness?.startsWith('open') && !m.license && !overlayById.has(m.id)) {
      skipped.push(`${m.id}: open weights, no licence in the sources`);
      models.delete(m.id);
    }
  }
  // A curated reference to a model that is not there is an error (validation names it);
  // only imported rows' links are dropped when their target was left out.
  for (const m of models.values()) {
    if (overlayById.has(m.id)) continue;
    if (m.predecessor && !models.has(m.predecessor)) m.predecessor = null;
    if (m.successor && !models.has(m.successor)) m.successor = null;
  }

  const entities: Entity[] = [];
  const src = (s: { name: string; url: string }): Source[] => [{ name: s.name, url: s.url, fields: [] }];
  for (const o of orgs) {
    entities.push({
      id: o.id,
      kind: 'organization',
      name: o.name,
      nameAr: o.nameAr,
      aliasesEn: o.aliasesEn,
      aliasesAr: o.aliasesAr,
      ambiguous: o.ambiguous,
      sources: src(o.source),
      country: o.country,
      orgKind: o.orgKind,
      founded: o.founded,
      headquarters: o.headquarters,
      parent: o.parent,
    } satisfies Organization);
  }
  for (const f of families) {
    entities.push({
      id: f.id,
      kind: 'family',
      name: f.name,
      nameAr: f.nameAr,
      aliasesEn: f.aliasesEn,
      aliasesAr: f.aliasesAr,
      ambiguous: f.ambiguous,
      sources: src(f.source),
      developer: f.developer,
      parentFamily: f.parentFamily,
      members: [...models.values()]
        .filter((m) => m.family === f.id)
        .map((m) => m.id)
        .sort(),
    } satisfies Family);
  }
  for (const p of products) {
    entities.push({
      id: p.id,
      kind: 'product',
      name: p.name,
      nameAr: p.nameAr,
      aliasesEn: p.aliasesEn,
      aliasesAr: p.aliasesAr,
      ambiguous: p.ambiguous,
      sources: src(p.source),
      developer: p.developer,
      released: p.released,
      poweredBy: p.poweredBy,
      category: p.category,
    } satisfies Product);
  }
  entities.push(...models.values());
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  addTags(dir, entities);

  // Parse every entity; a failure names the entity and the field.
  const problems: string[] = [];
  for (const e of entities) {
    const r = EntitySchema.safeParse(e);
    if (!r.success) problems.push(`entity "${e.id}" (${e.kind}):\n${z.prettifyError(r.error)}`);
  }
  const kb = { version: meta.version, asOf: meta.asOf, credits: [EPOCH_CREDIT, MODELS_DEV_CREDIT], entities };
  if (!problems.length) {
    for (const p of validateKb(KnowledgeBase.parse(kb)))
      problems.push(`entity "${p.entity}", field ${p.field}: ${p.message}`);
  }
  if (problems.length)
    throw new KbBuildError(`The knowledge base has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const { data } = compileMatcher(KnowledgeBase.parse(kb));
  return { kb, json: `${JSON.stringify(kb)}\n`, matcherJson: `${JSON.stringify(data)}\n`, skipped };
}

/** Adds kb/overlay/ollama.json's tags to the English aliases of the models they name, with their source. */
function addTags(dir: string, entities: Entity[]): void {
  const r = OverlayTags.safeParse(JSON.parse(readFileSync(`${dir}/overlay/ollama.json`, 'utf8')));
  if (!r.success) throw new KbBuildError(`kb/overlay/ollama.json is invalid:\n${z.prettifyError(r.error)}`);
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const [tag, id] of Object.entries(r.data.tags)) {
    const e = byId.get(id);
    if (e?.kind !== 'model') throw new KbBuildError(`kb/overlay/ollama.json: tag "${tag}" names no model ("${id}")`);
    if (!e.aliasesEn.includes(tag)) e.aliasesEn = [...e.aliasesEn, tag];
    const credited = e.sources.find((s) => s.name === r.data.source.name);
    if (!credited) e.sources.push({ name: r.data.source.name, url: r.data.source.url, fields: ['aliasesEn'] });
  }
}

export function counts(kb: { entities: Entity[] }) {
  const c = { model: 0, family: 0, product: 0, organization: 0, modelsWithArabicName: 0 };
  for (const e of kb.entities) {
    c[e.kind]++;
    if (e.kind === 'model' && e.nameAr) c.modelsWithArabicName++;
  }
  return c;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const t0 = performance.now();
    const { kb, json, matcherJson, skipped } = buildKb();
    mkdirSync('assets/kb', { recursive: true });
    writeFileSync('assets/kb/kb.json', json);
    writeFileSync('assets/kb/matcher.json', matcherJson);
    const built = performance.now() - t0;
    const t1 = performance.now();
    const runs = 10;
    for (let i = 0; i < runs; i++) KnowledgeBase.parse(JSON.parse(json));
    const load = (performance.now() - t1) / runs;
    const c = counts(kb);
    console.log(
      `KB ${kb.asOf} v${kb.version}: ${c.model} models (${c.modelsWithArabicName} with Arabic names), ${c.family} families, ${c.product} products, ${c.organization} organizations`,
    );
    console.log(
      `assets/kb/kb.json: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped; load (JSON.parse + zod) ${load.toFixed(1)} ms; built in ${built.toFixed(0)} ms`,
    );
    const t2 = performance.now();
    for (let i = 0; i < runs; i++) loadMatcher(JSON.parse(matcherJson));
    const mload = (performance.now() - t2) / runs;
    console.log(
      `assets/kb/matcher.json: ${(matcherJson.length / 1024).toFixed(0)} KB, ${(gzipSync(matcherJson).length / 1024).toFixed(0)} KB gzipped; load ${mload.toFixed(1)} ms`,
    );
    if (skipped.length) console.log(`left out ${skipped.length} imported rows (see --verbose)`);
    if (process.argv.includes('--verbose')) for (const s of skipped) console.log(`  ${s}`);
  } catch (e) {
    if (e instanceof KbBuildError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
