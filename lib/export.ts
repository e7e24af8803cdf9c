import { formatPartialDate } from './format/date';
import { cardFields, displayName } from './format/fields';
import { type Fmt, formatNumber } from './format/locale';
import { t } from './i18n';
import type { EntityCardData } from './kb/card';

/** One article's entities, as the side panel shows them. */
export interface ArticleExport {
  url: string;
  title: string;
  /** The article's publication date as the page gave it, or null. */
  published: string | null;
  /** The KB's as-of date. */
  kbAsOf: string;
  entities: Array<{ card: EntityCardData; count: number }>;
}

/** Inline Markdown: characters that would start emphasis, code, links, HTML or a table cell are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** Only web links become Markdown links; the URL is percent-encoded where Markdown would break it. */
function mdLink(text: string, url: string | null): string {
  const label = escapeMarkdown(text);
  if (!url || !/^https?:\/\//i.test(url)) return label;
  return `[${label}](${url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

const GROUP_ORDER = ['organization', 'model', 'family', 'product'] as const;
const GROUP_KEYS = {
  organization: 'group_organization',
  model: 'group_model',
  family: 'group_family',
  product: 'group_product',
} as const;

/** The article's entities as a Markdown document in the reader's language, grouped like the panel. */
export function articleToMarkdown(a: ArticleExport, fmt: Fmt): string {
  const { lang } = fmt;
  const lines: string[] = [`# ${t(lang, 'exportTitle')}: ${escapeMarkdown(a.title || a.url)}`, ''];
  if (a.url) lines.push(mdLink(a.url, a.url), '');
  const date = formatPartialDate(a.published, fmt);
  lines.push(date ? t(lang, 'articleDate', date) : t(lang, 'articleDateUnknown'));
  lines.push(t(lang, 'exportKbAsOf', formatPartialDate(a.kbAsOf, fmt) ?? a.kbAsOf), '');
  for (const kind of GROUP_ORDER) {
    const group = a.entities.filter((e) => e.card.kind === kind);
    if (!group.length) continue;
    lines.push(`## ${t(lang, GROUP_KEYS[kind])}`, '');
    for (const { card, count } of group) {
      lines.push(`### ${escapeMarkdown(displayName(card, lang))}`, '');
      for (const f of cardFields(card, fmt)) {
        if (f.key === 'kind') continue;
        lines.push(`- ${escapeMarkdown(f.label)}: ${escapeMarkdown(f.value)}`);
      }
      lines.push(`- ${t(lang, 'mentionsLabel', formatNumber(count, fmt))}`);
      if (card.sources.length) {
        lines.push(`- ${t(lang, 'fieldSources')}: ${card.sources.map((s) => mdLink(s.name, s.url)).join(', ')}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The article's entities as JSON: language-neutral facts (the card data) and mention counts. */
export function articleToJson(a: ArticleExport): string {
  const doc = {
    kashifExport: 1,
    url: a.url,
    title: a.title,
    published: a.published,
    kbAsOf: a.kbAsOf,
    entities: a.entities.map(({ card, count }) => ({ ...card, mentions: count })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name from the article's title: "kashif-<words>.md"; any script is kept, unsafe characters are not. */
export function exportFileName(title: string, ext: 'md' | 'json'): string {
  const slug = title
    .normalize('NFC')
    .replace(/[\u064b-\u065f\u0640]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `kashif-${slug || 'article'}.${ext}`;
}
