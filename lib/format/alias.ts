import { nameKey } from '../arabic/key';

/** Limits of the settings schema (lib/settings.ts): 2–80 characters, 20 spellings per entity. */
export const ALIAS_MIN = 2;
export const ALIAS_MAX = 80;
export const ALIASES_PER_ENTITY = 20;

export type AliasProblem = 'aliasTooShort' | 'aliasTooLong' | 'aliasDuplicate' | 'aliasTooMany' | 'aliasKnown';

/**
 * Cleans a spelling the reader typed: plain text, inner spaces collapsed, control
 * and bidi-control characters removed (they would make two spellings look alike).
 */
export function cleanAlias(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim();
}

/**
 * Why a spelling cannot be added, or null when it can. `existing` are the
 * reader's spellings for the entity, `known` the KB's own (compared normalised,
 * so "اوبن ايه اي" equals "أوبن إيه آي").
 */
export function aliasProblem(
  alias: string,
  existing: readonly string[],
  known: readonly string[] = [],
): AliasProblem | null {
  const a = cleanAlias(alias);
  if ([...a].length < ALIAS_MIN || !nameKey(a)) return 'aliasTooShort';
  if (a.length > ALIAS_MAX) return 'aliasTooLong';
  const key = nameKey(a);
  if (existing.some((x) => nameKey(x) === key)) return 'aliasDuplicate';
  if (known.some((x) => nameKey(x) === key)) return 'aliasKnown';
  if (existing.length >= ALIASES_PER_ENTITY) return 'aliasTooMany';
  return null;
}
