import { licenseFromNotes } from '../../lib/kb/licenses';
import type { Model, Openness, Parameters, Source } from '../../lib/kb/schema';

export const EPOCH_CREDIT =
  "Epoch AI, 'Data on AI Models', published online at epoch.ai (https://epoch.ai/data/ai-models), CC BY 4.0.";

/** Trims, collapses whitespace and drops Epoch's date suffixes such as " (Mar 2025)". */
export function cleanModelName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** kebab-case id of a name: lowercase, every run of other characters becomes "-". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ACCESS: Record<string, Openness> = {
  'Open weights (unrestricted)': 'open-weights',
  'Open weights (restricted use)': 'open-weights-restricted',
  'Open weights (non-commercial)': 'open-weights-noncommercial',
  'API access': 'api',
  'Hosted access (no API)': 'hosted',
  Unreleased: 'unreleased',
};

export function opennessOf(row: Record<string, string>): Openness | null {
  const o = ACCESS[row['Model accessibility']?.trim() ?? ''] ?? null;
  if (o === 'open-weights' && /open source/i.test(row['Training code accessibility'] ?? '')) return 'open-source';
  return o;
}

/** "975B total, 41B active" → 41e9. */
export function activeFromNotes(notes: string): number | null {
  const m =
    /([\d.]+)\s*([BMT])\s*(?:parameters?\s*)?active/i.exec(notes) ?? /active[^\d]{0,20}([\d.]+)\s*([BMT])/i.exec(notes);
  if (!m) return null;
  const scale = { B: 1e9, M: 1e6, T: 1e12 }[m[2]!.toUpperCase() as 'B' | 'M' | 'T'];
  return Math.round(Number(m[1]) * scale);
}

export function parametersOf(row: Record<string, string>, openness: Openness | null): Parameters | null {
  const total = Number(row.Parameters);
  if (!row.Parameters || !Number.isFinite(total) || total <= 0) return null;
  const notes = row['Parameters notes'] ?? '';
  const conf = (row.Confidence ?? '').toLowerCase();
  const open = openness?.startsWith('open') === true;
  const confidence: Parameters['confidence'] =
    conf.includes('speculative') || /rumou?r|leak/i.test(notes) ? 'rumour' : open ? 'official' : 'estimate';
  const active = activeFromNotes(notes);
  return { total, active: active && active < total ? active : null, confidence };
}

export function modalityOf(domain: string): Model['modality'] {
  const d = domain.toLowerCase();
  const out = new Set<Model['modality'][number]>();
  if (/language/.test(d)) out.add('text');
  if (/vision|image/.test(d)) out.add('image');
  if (/video/.test(d)) out.add('video');
  if (/speech/.test(d)) out.add('speech');
  if (/audio/.test(d)) out.add('audio');
  if (/multimodal/.test(d)) out.add('multimodal');
  if (/code|programming/.test(d)) out.add('code');
  return [...out].sort();
}

/** Where a model can run locally, from its size; closed models run in a data centre. */
export function runsOnOf(openness: Openness | null, params: Parameters | null): Model['runsOn'] {
  if (openness === 'api' || openness === 'hosted') return 'datacenter';
  if (!params || !openness || openness === 'unreleased') return null;
  const b = params.total / 1e9;
  if (b <= 4) return 'phone';
  if (b <= 32) return 'laptop';
  if (b <= 130) return 'workstation';
  return 'datacenter';
}

export function licenseOf(row: Record<string, string>, openness: Openness | null): string | null {
  if (!openness?.startsWith('open')) return null;
  return licenseFromNotes(row['Accessibility notes'] ?? '');
}

export function epochSource(dataset: string, fields: string[]): Source {
  return { name: `Epoch AI (${dataset})`, url: 'https://epoch.ai/data/ai-models', fields };
}

export function releaseOf(row: Record<string, string>): Model['released'] {
  const d = (row['Publication date'] ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return { date: d, precision: 'day', kind: 'announcement' };
  if (/^\d{4}-\d{2}$/.test(d)) return { date: d, precision: 'month', kind: 'announcement' };
  if (/^\d{4}$/.test(d)) return { date: d, precision: 'year', kind: 'announcement' };
  return null;
}
