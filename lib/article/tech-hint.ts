import { TECH_TERMS } from './vocabulary';

/**
 * A first look, for the gate content script, at whether a text may be tech news: the
 * verdict (detect.ts) needs at least two of its tech terms in the text's first 20,000
 * normalised characters. This reads a little more, with a light fold that never
 * misses what the full normalisation finds for those terms (tested on every term and
 * on the corpus), and without the normaliser's tables. It can say yes where the verdict
 * then says no; it must never say no where the verdict would say yes.
 */
const HEAD_CHARS = 40_000;

/** Folds hamza forms, ى ة ؤ ئ, Persian letters, marks, spaces and Latin case; null on a presentation form. */
export function foldLight(text: string): string | null {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)) return null;
    if (
      (c >= 0x064b && c <= 0x065f) ||
      c === 0x0670 ||
      c === 0x0640 ||
      c === 0x00ad ||
      c === 0x061c ||
      c === 0xfeff ||
      (c >= 0x0610 && c <= 0x061a) ||
      (c >= 0x06d6 && c <= 0x06ed) ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    )
      continue;
    if (
      c <= 0x20 ||
      c === 0xa0 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0x2028 ||
      c === 0x2029
    ) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    space = false;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || (c >= 0x0671 && c <= 0x0673) || c === 0x0675) c = 0x0627;
    else if (c === 0x0649 || c === 0x0626 || c === 0x06cc || c === 0x06d0 || c === 0x06cd) c = 0x064a;
    else if (c === 0x0629 || c === 0x06be || c === 0x06c1) c = 0x0647;
    else if (c === 0x0624) c = 0x0648;
    else if (c === 0x06a9 || c === 0x06aa) c = 0x0643;
    else if (c === 0x06af) c = 0x063a;
    else if (c === 0x06a4) c = 0x0641;
    else if (c === 0x067e) c = 0x0628;
    else if (c === 0x0686) c = 0x062c;
    else if (c === 0x0698) c = 0x0632;
    else if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Folded on first use: most pages the gate sees are not Arabic and never get here. */
let techTerms: string[] | null = null;

/**
 * False only when the text cannot be tech news by the verdict's own vocabulary rule.
 * Each term is looked for with includes() and the look stops at the second found: no
 * matcher to build (the verdict's one-pass term finder costs the gate more to build,
 * once per page, than it saves on the few thousand characters read here).
 */
export function mayBeTechNews(text: string): boolean {
  const folded = foldLight(text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text);
  if (folded === null) return true;
  techTerms ??= TECH_TERMS.map((t) => (t.startsWith(' ') ? t : foldLight(t)!));
  // Padded so " ai " can match at the edges, as the verdict pads.
  const padded = ` ${folded} `;
  let found = 0;
  for (const t of techTerms) if (padded.includes(t) && ++found >= 2) return true;
  return false;
}
