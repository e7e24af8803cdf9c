// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWrapHighlighter } from '../../../entrypoints/content/wrap-highlighter';
import { collectText } from '../../../lib/article/extract';
import { locate } from '../../../lib/article/ranges';

function snapshot(root: Node): string {
  const walk = (n: Node): string =>
    n.nodeType === 3 ? `#${(n as Text).data}` : `<${(n as Element).tagName}>${[...n.childNodes].map(walk).join('|')}`;
  return walk(root);
}

describe('wrap fallback', () => {
  it('wrap then unwrap leaves the DOM identical, same nodes, for any set of ranges', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 8 })), { maxLength: 6 }), (spans) => {
        document.body.replaceChildren();
        const article = document.createElement('article');
        article.append(
          document
            .createRange()
            .createContextualFragment('<p>أعلنت Open<b>AI</b> اليوم أن GPT-4 وميتا</p><p>نص آخر هنا للتجربة</p>'),
        );
        document.body.append(article);
        const before = snapshot(article);
        const nodesBefore = [...article.querySelectorAll('*')].flatMap((e) => [...e.childNodes]);
        const c = collectText(article);
        // Non-overlapping ranges inside the text.
        const ranges: Range[] = [];
        let last = 0;
        for (const [at, len] of spans) {
          const start = last + (at % 5);
          const end = Math.min(start + len, c.text.length);
          if (start >= end) break;
          const a = locate(c.segments, start, 'start');
          const b = locate(c.segments, end, 'end');
          if (!a || !b) break;
          const r = document.createRange();
          r.setStart(a.node, a.offset);
          r.setEnd(b.node, b.offset);
          ranges.push(r);
          last = end + 1;
        }
        const h = createWrapHighlighter(document);
        h.show(ranges.map((range) => ({ entityId: 'x', style: 'org', range })));
        if (ranges.length) expect(article.querySelectorAll('mark[data-kashif]').length).toBeGreaterThan(0);
        expect(article.textContent).toBe(c.text.replace('\n', ''));
        h.clear();
        expect(snapshot(article)).toBe(before);
        expect(article.querySelectorAll('mark').length).toBe(0);
        for (const n of nodesBefore) expect(article.contains(n)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
