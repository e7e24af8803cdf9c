import { isDigit, normalizeText } from './normalize';

/** Separators that names may or may not be written with: "GPT-4" = "GPT 4" = "GPT4". */
export function isNameSeparator(c: number): boolean {
  // space - _ . " ' « » and the middle dot of "DALL·E"
  return (
    c === 0x20 ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0xb7
  );
}

/**
 * The matching key of a name: normalised, with separators removed, except a dot
 * between two digits (so "Qwen 2.5" ≠ "Qwen 25"). Two aliases with the same key
 * are the same spelling to the matcher.
 */
export function nameKey(name: string): string {
  const s = normalizeText(name);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) out += '.';
    else if (!isNameSeparator(c)) out += s[i];
  }
  return out;
}
