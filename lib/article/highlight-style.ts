/** The four highlight styles: open-weights models, closed models, companies, the rest. */
export type HighlightStyle = 'open' | 'closed' | 'org' | 'other';
export const HIGHLIGHT_NAMES: Record<HighlightStyle, string> = {
  open: 'kashif-open',
  closed: 'kashif-closed',
  org: 'kashif-org',
  other: 'kashif-other',
};

/**
 * The page stylesheet for the highlights: translucent backgrounds plus an
 * underline, so they read on light and dark pages; `underline` style drops the
 * background. Text colour is left to the page (highlights never hide text).
 */
export function highlightCss(style: 'background' | 'underline'): string {
  const colours: Record<HighlightStyle, string> = {
    open: '22, 163, 74',
    closed: '220, 38, 38',
    org: '37, 99, 235',
    other: '147, 51, 234',
  };
  return (Object.keys(HIGHLIGHT_NAMES) as HighlightStyle[])
    .map((k) => {
      const bg = style === 'background' ? `background-color: rgba(${colours[k]}, 0.18); ` : '';
      return `::highlight(${HIGHLIGHT_NAMES[k]}) { ${bg}text-decoration: underline 2px rgba(${colours[k]}, 0.9); text-underline-offset: 3px; }`;
    })
    .concat('::highlight(kashif-focus) { background-color: rgba(250, 204, 21, 0.55); }')
    .join('\n');
}
