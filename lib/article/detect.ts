import { normalizeText } from '../arabic/normalize';
import { arabicRatio } from './arabic-ratio';
import { OFF_TOPIC_TERMS, TECH_TERMS, termFinder } from './vocabulary';

const TECH = TECH_TERMS.map((t) => (t.startsWith(' ') ? t : normalizeText(t)));
const OFF = OFF_TOPIC_TERMS.map(normalizeText);

export interface ArticleSignals {
  /** The normalised text. */
  normalized: string;
  /** `lang` attribute of the page, when given. */
  lang?: string | null;
  /** Distinct KB entities named unambiguously. */
  entityIds: string[];
  /** Extra hints from the page (JSON-LD section, known tech outlet). */
  hints?: string[];
}

export interface ArticleVerdict {
  language: string;
  isTechNews: boolean;
  score: number;
  reasons: string[];
}

export { arabicRatio };

/** The verdict reads the start of the text: an article's first ~3,000 words say what it is about. */
const VERDICT_CHARS = 20_000;

const techHits = termFinder(TECH);
const offHits = termFinder(OFF);

/**
 * Is this Arabic tech news? Language from the share of Arabic letters (the page's
 * `lang` breaks ties); the score adds KB entities named unambiguously and tech
 * vocabulary, and subtracts sport/politics/culture vocabulary. Reasons say why.
 */
export function detectArticle(s: ArticleSignals): ArticleVerdict {
  const head = s.normalized.length > VERDICT_CHARS ? s.normalized.slice(0, VERDICT_CHARS) : s.normalized;
  const ratio = arabicRatio(head);
  const declared = (s.lang ?? '').toLowerCase().slice(0, 2);
  // Arabic when most letters are; a page that declares no language but is 40% Arabic letters (a
  // bilingual newsletter, Arabic with English quotes) is read as Arabic too.
  const language =
    ratio >= 0.5 || (ratio >= 0.3 && declared === 'ar') || (ratio >= 0.4 && !declared)
      ? 'ar'
      : declared || (ratio > 0 ? 'mixed' : 'und');
  const tech = techHits(head);
  const off = offHits(head);
  const entities = Math.min(s.entityIds.length, 5);
  const hints = s.hints ?? [];
  const score = 2 * entities + Math.min(tech.length, 8) - Math.min(off.length, 6) + 2 * Math.min(hints.length, 1);
  const isTechNews = language === 'ar' && entities >= 1 && tech.length >= 2 && score >= 6;
  const reasons = [
    `language ${language} (${Math.round(ratio * 100)}% Arabic letters${declared ? `, lang=${declared}` : ''})`,
    `entities ${s.entityIds.length}${s.entityIds.length ? `: ${s.entityIds.slice(0, 8).join(', ')}` : ''}`,
    `tech vocabulary ${tech.length}${
      tech.length
        ? `: ${tech
            .slice(0, 6)
            .map((t) => t.trim())
            .join('، ')}`
        : ''
    }`,
  ];
  if (off.length) reasons.push(`off-topic vocabulary ${off.length}: ${off.slice(0, 6).join('، ')}`);
  for (const h of hints) reasons.push(`hint: ${h}`);
  return { language, isTechNews, score, reasons };
}
