import type { Lang } from '../i18n';
import { cached } from './locale';

/**
 * A country's name in the UI language from its ISO 3166-1 code, from the
 * browser's own CLDR data (no table of our own to keep up to date). Unknown
 * codes come back as the code.
 */
export function countryName(code: string, lang: Lang): string {
  try {
    const names = cached('region', lang, {}, () => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }));
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
