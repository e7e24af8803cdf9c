// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from '../../../app/browser-type';
import { looksLikeArabicArticle, startGate } from '../../../entrypoints/content/gate';

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
  it('tells an Arabic article page from others without matching anything', () => {
    expect(looksLikeArabicArticle(page('founding-article.html'))).toBe(true);
    expect(looksLikeArabicArticle(page('jsonld-no-article.html'))).toBe(true);
    // Arabic but not tech: the page script decides that, with the matcher.
    expect(looksLikeArabicArticle(page('nontech-traps.html'))).toBe(true);
    expect(looksLikeArabicArticle(page('english-tech.html'))).toBe(false);
    expect(looksLikeArabicArticle(document.implementation.createHTMLDocument('empty'))).toBe(false);
  });

  it('asks the background once for an article page, never for another', () => {
    expect(gateOn(page('founding-article.html')).mock.calls).toEqual([[{ type: 'page-ready' }]]);
    expect(gateOn(page('english-tech.html'))).not.toHaveBeenCalled();
  });

  it('looks again when the page loads its article later (a single-page site)', async () => {
    vi.useFakeTimers();
    try {
      const doc = document.implementation.createHTMLDocument('spa');
      const send = gateOn(doc);
      expect(send).not.toHaveBeenCalled();
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
});
