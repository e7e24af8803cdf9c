import type { ArticleVerdict, Mention } from './messages';

export interface AnalysedEntity {
  id: string;
  mentions: Mention[];
}
export interface Analysis {
  article: ArticleVerdict;
  entities: AnalysedEntity[];
}

/** First slice: finds "OpenAI" only. Replaced by the recognition engine. */
export function analyseText(text: string, lang: string | null): Analysis {
  const mentions: Mention[] = [];
  for (let i = text.indexOf('OpenAI'); i >= 0; i = text.indexOf('OpenAI', i + 6)) {
    mentions.push({ start: i, end: i + 6, text: 'OpenAI' });
  }
  const arabic = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  return {
    article: {
      language: arabic / letters > 0.5 ? 'ar' : (lang ?? 'und'),
      isTechNews: mentions.length > 0,
      score: mentions.length,
      reasons: [],
    },
    entities: mentions.length ? [{ id: 'openai', mentions }] : [],
  };
}
