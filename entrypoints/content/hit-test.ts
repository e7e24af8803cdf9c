import type { TextSegment } from '../../lib/article/extract';

/**
 * Which text node and offset is under a point: `caretPositionFromPoint` (Firefox,
 * Chrome 128+) or `caretRangeFromPoint` (older Chrome). Constant time for us; the
 * mention is then found by binary search over the sorted ranges.
 */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Text node → its segment's start offset in the collected text. */
export function segmentStarts(segments: TextSegment[], base = 0): Map<Node, number> {
  const map = new Map<Node, number>();
  for (const s of segments) map.set(s.node, base + s.start);
  return map;
}
