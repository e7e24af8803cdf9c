import type { TextSegment } from './extract';

/** A text position inside a page: a text node and an offset in it. */
export interface NodePoint {
  node: Text;
  offset: number;
}

/**
 * Maps an offset of the collected text to a text node and offset (binary search
 * over the segments). `bias` chooses, at a boundary between two nodes, the end of
 * the earlier ("end") or the start of the later ("start").
 */
export function locate(segments: TextSegment[], offset: number, bias: 'start' | 'end'): NodePoint | null {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  let seg = segments[found]!;
  let local = offset - seg.start;
  if (bias === 'end' && local === 0 && found > 0) {
    const prev = segments[found - 1]!;
    if (prev.start + prev.node.data.length === offset) {
      seg = prev;
      local = prev.node.data.length;
    }
  }
  if (local > seg.node.data.length) return null; // inside a block break
  return { node: seg.node, offset: local };
}

/** Sorted, non-overlapping intervals [start, end) with a payload, found by offset in O(log n). */
export class IntervalIndex<T> {
  private starts: number[] = [];
  private ends: number[] = [];
  private items: T[] = [];
  constructor(entries: Array<{ start: number; end: number; item: T }>) {
    const sorted = [...entries].sort((a, b) => a.start - b.start);
    for (const e of sorted) {
      this.starts.push(e.start);
      this.ends.push(e.end);
      this.items.push(e.item);
    }
  }
  get size(): number {
    return this.items.length;
  }
  /** The interval containing `offset`, if any. */
  at(offset: number): T | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) lo = mid + 1;
      else hi = mid - 1;
    }
    const i = hi;
    return i >= 0 && offset < this.ends[i]! ? this.items[i]! : null;
  }
  /** Items in document order. */
  all(): T[] {
    return this.items;
  }
}
