import { HIGHLIGHT_NAMES } from '../../lib/article/highlight-style';
import type { Highlighter, PlacedMention } from './highlighter';

/**
 * Fallback where the Highlight API is missing: wraps each mention in a <mark>.
 * Every split and wrap is recorded and undone in reverse order, so `clear()`
 * leaves the DOM exactly as it was (same nodes, same text).
 */
export function createWrapHighlighter(doc: Document): Highlighter {
  const undo: Array<() => void> = [];
  let focused: HTMLElement | null = null;
  const wrapRange = (range: Range, className: string) => {
    // Mentions are found inside one text node or across inline siblings; wrap each text piece.
    const pieces: Array<{ node: Text; start: number; end: number }> = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const first = range.startContainer;
    if (first.nodeType === 3 && first === range.endContainer) {
      pieces.push({ node: first as Text, start: range.startOffset, end: range.endOffset });
    } else {
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!range.intersectsNode(n)) continue;
        const t = n as Text;
        const start = t === range.startContainer ? range.startOffset : 0;
        const end = t === range.endContainer ? range.endOffset : t.data.length;
        if (end > start) pieces.push({ node: t, start, end });
      }
    }
    for (const p of pieces) {
      let node = p.node;
      if (p.end < node.data.length) {
        const tail = node.splitText(p.end);
        const head = node;
        undo.push(() => {
          head.appendData(tail.data);
          tail.remove();
        });
      }
      if (p.start > 0) {
        const head = node;
        node = node.splitText(p.start);
        const mid = node;
        undo.push(() => {
          head.appendData(mid.data);
          mid.remove();
        });
      }
      const mark = doc.createElement('mark');
      mark.className = className;
      mark.setAttribute('data-kashif', '');
      const parent = node.parentNode!;
      parent.insertBefore(mark, node);
      mark.appendChild(node);
      undo.push(() => {
        mark.parentNode?.insertBefore(node, mark);
        mark.remove();
      });
    }
  };
  return {
    kind: 'wrap',
    show(mentions: PlacedMention[]) {
      this.clear();
      // Wrap from the last mention backwards so earlier ranges stay valid.
      for (const m of [...mentions].reverse()) wrapRange(m.range, HIGHLIGHT_NAMES[m.style]);
    },
    focus(range) {
      focused?.classList.remove('kashif-focus');
      focused = null;
      const el = range?.startContainer.parentElement;
      if (el?.hasAttribute('data-kashif')) {
        el.classList.add('kashif-focus');
        focused = el;
      }
    },
    clear() {
      focused = null;
      while (undo.length) undo.pop()!();
    },
  };
}
