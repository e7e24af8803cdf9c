import { describe, expect, it } from 'vitest';
import {
  type ArticleExport,
  articleToJson,
  articleToMarkdown,
  escapeMarkdown,
  exportFileName,
} from '../../../lib/export';
import { GPT_4, GPT_OSS_120B, OPENAI } from '../components/fixtures';

const ARTICLE: ArticleExport = {
  url: 'https://www.alsawsana.com/article/1',
  title: 'OpenAI تفتح مصدر نماذجها',
  published: '2025-08-19T13:23:00+03:00',
  kbAsOf: '2026-07-19',
  entities: [
    { card: GPT_OSS_120B, count: 1 },
    { card: OPENAI, count: 6 },
    { card: GPT_4, count: 2 },
  ],
};

describe('articleToMarkdown', () => {
  it('writes an Arabic document grouped like the panel', () => {
    const md = articleToMarkdown(ARTICLE, { lang: 'ar', digits: 'arab' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# ما يذكره المقال: OpenAI تفتح مصدر نماذجها');
    expect(md).toContain('[https://www.alsawsana.com/article/1](https://www.alsawsana.com/article/1)');
    expect(md).toContain('تاريخ المقال: ١٩ أغسطس ٢٠٢٥');
    expect(md).toContain('بيانات كاشف حتى ١٩ يوليو ٢٠٢٦');
    // Companies come before models.
    expect(md.indexOf('## الشركات والجهات')).toBeLessThan(md.indexOf('## النماذج'));
    expect(md).toContain('### أوبن إيه آي (OpenAI)');
    expect(md).toContain('- مرات الذكر في المقال: ٦');
    expect(md).toContain('- الرخصة: Apache-2.0');
    expect(md).toContain('- المصادر: [OpenAI](https://openai.com/index/introducing-gpt-oss/), Bad link');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('writes an English document, never linking a non-web URL', () => {
    const md = articleToMarkdown(ARTICLE, { lang: 'en', digits: 'latn' });
    expect(md).toContain('### GPT-4');
    // A lone "~" is strikethrough on GitHub, so it is escaped.
    expect(md).toContain('- Parameters: \\~1.8T total (unconfirmed rumour)');
    expect(md).not.toContain('javascript:');
  });

  it('escapes Markdown in names and titles', () => {
    expect(escapeMarkdown('FLUX.1 [dev] *x* <b>|')).toBe('FLUX.1 \\[dev\\] \\*x\\* \\<b\\>\\|');
    const md = articleToMarkdown(
      { ...ARTICLE, title: '# [click](javascript:x)\nnew line', entities: [] },
      { lang: 'en', digits: 'latn' },
    );
    expect(md.split('\n')[0]).toBe('# What the article names: \\# \\[click\\](javascript:x) new line');
  });
});

describe('articleToJson', () => {
  it('keeps the language-neutral facts and the mention counts', () => {
    const doc = JSON.parse(articleToJson(ARTICLE));
    expect(doc.kashifExport).toBe(1);
    expect(doc.published).toBe('2025-08-19T13:23:00+03:00');
    expect(doc.entities.map((e: { id: string; mentions: number }) => [e.id, e.mentions])).toEqual([
      ['gpt-oss-120b', 1],
      ['openai', 6],
      ['gpt-4', 2],
    ]);
    expect(doc.entities[0].parameters).toEqual({ total: 117e9, active: 5.1e9, confidence: 'official' });
  });
});

describe('exportFileName', () => {
  it('keeps Arabic and Latin words, drops the rest', () => {
    expect(exportFileName('OpenAI تفتح مصدر نماذجها!', 'md')).toBe('kashif-OpenAI-تفتح-مصدر-نماذجها.md');
    expect(exportFileName('../../etc/passwd', 'json')).toBe('kashif-etc-passwd.json');
    expect(exportFileName('???', 'json')).toBe('kashif-article.json');
  });
});
