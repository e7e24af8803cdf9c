import { HIGHLIGHT_NAMES, type HighlightStyle } from '../../lib/article/highlight-style';

/** One mention placed on the page. */
export interface PlacedMention {
  entityId: string;
  style: HighlightStyle;
  range: Range;
}

export interface Highlighter {
  readonly kind: 'highlight-api' | 'wrap';
  show(mentions: PlacedMention[]): void;
  focus(range: Range | null): void;
  clear(): void;
}

/** Whether the CSS Custom Highlight API is there (Chrome 105+, Firefox 140+). */
export function hasHighlightApi(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function' && !!css?.highlights;
}

/**
 * Highlights ranges of the page's own text nodes with the CSS Custom Highlight
 * API: no element is added and no text changes. If the page clears or replaces
 * our highlights, `show` puts them back on the next scan.
 */
export function createApiHighlighter(win: Window): Highlighter {
  const registry = (win as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
  const HighlightCtor = (win as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  const names = [...Object.values(HIGHLIGHT_NAMES), 'kashif-focus'];
  return {
    kind: 'highlight-api',
    show(mentions) {
      const groups = new Map<HighlightStyle, Range[]>();
      for (const m of mentions) {
        const list = groups.get(m.style) ?? [];
        list.push(m.range);
        groups.set(m.style, list);
      }
      for (const [style, name] of Object.entries(HIGHLIGHT_NAMES) as Array<[HighlightStyle, string]>) {
        const ranges = groups.get(style);
        if (ranges?.length) registry.set(name, new HighlightCtor(...ranges));
        else registry.delete(name);
      }
    },
    focus(range) {
      if (range) registry.set('kashif-focus', new HighlightCtor(range));
      else registry.delete('kashif-focus');
    },
    clear() {
      for (const n of names) registry.delete(n);
    },
  };
}
