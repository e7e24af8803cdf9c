import type { OverlayFamily } from './overlay-schema';

/** Latin words of model names and their Arabic press spellings. */
const WORDS: Record<string, string> = {
  mini: 'ميني',
  pro: 'برو',
  flash: 'فلاش',
  lite: 'لايت',
  turbo: 'توربو',
  opus: 'أوبس',
  sonnet: 'سونيت',
  haiku: 'هايكو',
  ultra: 'ألترا',
  nano: 'نانو',
  scout: 'سكاوت',
  maverick: 'مافريك',
  behemoth: 'بيهيموث',
  large: 'لارج',
  medium: 'ميديوم',
  small: 'سمول',
  max: 'ماكس',
  plus: 'بلس',
  vision: 'فيجن',
  coder: 'كودر',
  math: 'ماث',
};

/**
 * An Arabic name for a model from its family's Arabic spelling and its version,
 * when the rest of the name is only version numbers and words we know:
 * "Gemini 2.5 Pro" → "جيميني 2.5 برو". Null otherwise (no guessing).
 */
export function arabicNameFromFamily(name: string, family: OverlayFamily): string | null {
  // Only a family whose Arabic name is the bare name ("لاما"), not "نماذج ميسترال".
  if (/(^|\s)(نماذج|سلسلة|عائلة)(\s|$)/.test(family.nameAr)) return null;
  const lower = name.toLowerCase();
  const prefix = [family.name, ...family.aliasesEn]
    .map((p) => p.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .find((p) => lower.startsWith(p));
  if (!prefix) return null;
  const rest = lower.slice(prefix.length).replace(/[-_]/g, ' ').trim();
  if (!rest) return null;
  const parts = rest.split(/\s+|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    if (/^\d+(\.\d+)?$/.test(p)) out.push(p);
    else if (WORDS[p]) out.push(WORDS[p]);
    else return null;
  }
  return `${family.nameAr} ${out.join(' ')}`;
}
