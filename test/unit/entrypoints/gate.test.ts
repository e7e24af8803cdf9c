// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from '../../../app/browser-type';
import { pageKind, startGate } from '../../../entrypoints/content/gate';
import { ContentToBackground, parseMessage, type TabState } from '../../../lib/messages';

const page = (name: string) => {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = readFileSync(`test/fixtures/pages/${name}`, 'utf8')
    .replace(/^<!doctype html>/i, '')
    .replace(/<\/?html[^>]*>/gi, '');
  return doc;
};

function gateOn(doc: Document) {
  const sendMessage = vi.fn(async () => true);
  const browser = { runtime: { sendMessage } } as unknown as Browser;
  const ctx = { isInvalid: false, onInvalidated: vi.fn() };
  startGate(ctx, browser, doc, window);
  return sendMessage;
}

describe('the gate (the content script of every listed page)', () => {
  it('tells an Arabic article page that may be tech news from others, without matching anything', () => {
    expect(pageKind(page('founding-article.html'))).toBe('candidate');
    expect(pageKind(page('jsonld-no-article.html'))).toBe('candidate');
    // Arabic but without the tech vocabulary the verdict needs: the page script is not brought in.
    expect(pageKind(page('nontech-traps.html'))).toBe('not-tech');
    expect(pageKind(page('english-tech.html'))).toBe('not-arabic');
    expect(pageKind(document.implementation.createHTMLDocument('empty'))).toBe('no-article');
  });

  it('asks the background once for an article page; for another, reports once why nothing runs', () => {
    expect(gateOn(page('founding-article.html')).mock.calls).toEqual([[{ type: 'page-ready' }]]);
    const english = gateOn(page('english-tech.html')).mock.calls as unknown as Array<
      [{ type: string; state: TabState }]
    >;
    expect(english.map(([m]) => [m.type, m.state.status, m.state.article])).toEqual([
      ['report-page', 'not-article', null],
    ]);
    const nontech = gateOn(page('nontech-traps.html')).mock.calls as unknown as Array<[{ state: TabState }]>;
    expect(nontech.map(([m]) => m.state.article?.isTechNews)).toEqual([false]);
    // The background accepts what the gate sends (the same schema as the page script's reports).
    expect(parseMessage(ContentToBackground, english[0]![0])).not.toBeNull();
    expect(parseMessage(ContentToBackground, nontech[0]![0])).not.toBeNull();
  });

  it('looks again when the page loads its article later (a single-page site)', async () => {
    vi.useFakeTimers();
    try {
      const doc = document.implementation.createHTMLDocument('spa');
      const send = gateOn(doc);
      expect((send.mock.calls as unknown as Array<[{ type: string }]>).map(([m]) => m.type)).toEqual(['report-page']);
      send.mockClear();
      const article = doc.createElement('article');
      for (let i = 0; i < 6; i++) {
        const p = doc.createElement('p');
        p.textContent =
          'أعلنت شركة أوبن إيه آي عن نموذجها الجديد مفتوح المصدر في سياق سباق الذكاء الاصطناعي بين الشركات. ';
        article.append(p);
      }
      doc.body.append(article);
      await vi.advanceTimersByTimeAsync(1100);
      expect(send.mock.calls).toEqual([[{ type: 'page-ready' }]]);
      doc.body.append(doc.createElement('div'));
      await vi.advanceTimersByTimeAsync(5000);
      expect(send).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('looks again soon when a single-page site moves to another page, however long it waited before', async () => {
    vi.useFakeTimers();
    try {
      const doc = document.implementation.createHTMLDocument('spa');
      const send = gateOn(doc);
      // A page that keeps changing without an article: the looks grow rarer (1 s, 2 s, 4 s …).
      for (let i = 0; i < 5; i++) {
        doc.body.append(doc.createElement('div'));
        await vi.advanceTimersByTimeAsync(20_000);
      }
      send.mockClear();
      window.history.pushState({}, '', '/news/2026/11/29/article');
      const article = doc.createElement('article');
      for (let i = 0; i < 6; i++) {
        const p = doc.createElement('p');
        p.textContent = 'كشفت شركة ميتا عن نموذج جديد مفتوح المصدر في سباق الذكاء الاصطناعي مع الشركات الأخرى. ';
        article.append(p);
      }
      doc.body.append(article);
      await vi.advanceTimersByTimeAsync(1100);
      expect(send.mock.calls).toEqual([[{ type: 'page-ready' }]]);
    } finally {
      vi.useRealTimers();
    }
  });
});
