import { type Lang, type MessageKey, t } from '../i18n';
import type { EntityCardData } from '../kb/card';
import { countryName } from './country';
import { formatPartialDate } from './date';
import { type Fmt, formatNumber } from './locale';
import { opennessKey } from './openness';
import { formatParameters } from './params';

/** An entity as a reader names it: the Arabic name with the Latin one after it, or the Latin name alone. */
export function displayName(ref: { name: string; nameAr: string | null }, lang: Lang): string {
  return lang === 'ar' && ref.nameAr ? `${ref.nameAr} (${ref.name})` : ref.name;
}

export type FieldKey =
  | 'kind'
  | 'openness'
  | 'license'
  | 'released'
  | 'developer'
  | 'country'
  | 'parameters'
  | 'runsOn'
  | 'modality'
  | 'family'
  | 'predecessor'
  | 'successor'
  | 'members'
  | 'orgKind'
  | 'founded'
  | 'headquarters'
  | 'parent'
  | 'category';

export interface Field {
  key: FieldKey;
  label: string;
  value: string;
}

const LABELS: Record<FieldKey, MessageKey> = {
  kind: 'fieldKind',
  openness: 'fieldOpenness',
  license: 'fieldLicense',
  released: 'fieldDate',
  developer: 'fieldDeveloper',
  country: 'fieldCountry',
  parameters: 'fieldParameters',
  runsOn: 'fieldRunsOn',
  modality: 'fieldModality',
  family: 'fieldFamily',
  predecessor: 'fieldPredecessor',
  successor: 'fieldSuccessor',
  members: 'fieldMembers',
  orgKind: 'fieldOrgKind',
  founded: 'fieldFounded',
  headquarters: 'fieldHeadquarters',
  parent: 'fieldParent',
  category: 'fieldCategory',
};

/** The label of a field in the UI language. */
export function fieldLabel(key: FieldKey, lang: Lang): string {
  return t(lang, LABELS[key]);
}

/** "5 August 2025" as the kind of date it is: "Released 5 August 2025", "Paper published…". */
export function releaseText(released: NonNullable<EntityCardData['released']>, fmt: Fmt): string | null {
  const date = formatPartialDate(released.date, fmt);
  return date ? t(fmt.lang, `releasedOn_${released.kind}`, date) : null;
}

/** The size of a model in words: "~117B total, 5.1B active per token (estimate)". */
export function parametersText(p: NonNullable<EntityCardData['parameters']>, fmt: Fmt): string {
  const f = formatParameters(p, fmt);
  const sep = fmt.lang === 'ar' ? '، ' : ', ';
  const parts = [t(fmt.lang, 'paramsTotal', f.total)];
  if (f.active) parts.push(t(fmt.lang, 'paramsActive', f.active));
  const note = p.confidence === 'official' ? '' : ` (${t(fmt.lang, `confidence_${p.confidence}`)})`;
  return parts.join(sep) + note;
}

/**
 * Every fact a card has, as labelled plain text in the reader's language and
 * digits: the compare table and the Markdown export read these, the card renders
 * the same facts with links and isolation.
 */
export function cardFields(card: EntityCardData, fmt: Fmt): Field[] {
  const { lang } = fmt;
  const sep = lang === 'ar' ? '، ' : ', ';
  const out: Field[] = [];
  const add = (key: FieldKey, value: string | null | undefined) => {
    if (value) out.push({ key, label: fieldLabel(key, lang), value });
  };
  add('kind', t(lang, `kind_${card.kind}`));
  if (card.openness) {
    const key = opennessKey(card.openness);
    add('openness', key ? t(lang, key) : card.openness);
  }
  add('license', card.license);
  if (card.released) add('released', releaseText(card.released, fmt));
  if (card.developer) add('developer', displayName(card.developer, lang));
  if (card.country) add('country', countryName(card.country, lang));
  if (card.parameters) add('parameters', parametersText(card.parameters, fmt));
  if (card.runsOn) add('runsOn', t(lang, `runsOn_${card.runsOn as 'phone'}`));
  if (card.modality.length) add('modality', card.modality.map((m) => t(lang, `modality_${m as 'text'}`)).join(sep));
  if (card.family) add('family', displayName(card.family, lang));
  if (card.predecessor) add('predecessor', card.predecessor.name);
  if (card.successor) add('successor', card.successor.name);
  if (card.kind === 'family') add('members', formatNumber(card.members, fmt));
  if (card.orgKind) add('orgKind', t(lang, `orgKind_${card.orgKind.replace('-', '_') as 'company'}`));
  if (card.founded) add('founded', formatNumber(card.founded, fmt, { useGrouping: false }));
  add('headquarters', card.headquarters);
  if (card.parent) add('parent', displayName(card.parent, lang));
  if (card.category) add('category', t(lang, `category_${card.category as 'app'}`));
  return out;
}
