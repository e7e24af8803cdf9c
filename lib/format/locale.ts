import type { Lang } from '../i18n';

/** The reader's digits: Arabic-Indic (٢٠٢٥) or Latin (2025). English always uses Latin digits. */
export type Digits = 'arab' | 'latn';

/** What every formatter needs to know about the reader: the UI language and the digits. */
export interface Fmt {
  lang: Lang;
  digits: Digits;
}

/**
 * The BCP 47 locale for `Intl`: Arabic with an explicit numbering system, because
 * plain `ar` means Arabic-Indic digits in some engines and Latin in others
 * (CLDR's default for `ar` changed; `ar-EG` and `ar-SA` differ again).
 */
export function intlLocale(fmt: Fmt): string {
  if (fmt.lang === 'en') return 'en';
  return fmt.digits === 'arab' ? 'ar-u-nu-arab' : 'ar-u-nu-latn';
}

const cache = new Map<string, unknown>();

/** One `Intl` formatter per locale and options: constructing them is the slow part. */
export function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as T | undefined;
  if (f === undefined) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** A number in the reader's language and digits. */
export function formatNumber(n: number, fmt: Fmt, options: Intl.NumberFormatOptions = {}): string {
  const locale = intlLocale(fmt);
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(n);
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * Replaces ASCII digits in a ready-made string (a licence name, a version) with
 * the reader's digits. Names such as "gpt-oss-120b" are never passed here: a
 * product's name keeps its own spelling.
 */
export function localDigits(text: string, fmt: Fmt): string {
  if (fmt.lang !== 'ar' || fmt.digits !== 'arab') return text;
  return text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
}
