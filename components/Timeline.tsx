import { useId } from 'preact/hooks';
import { dateValue, formatPartialDate, parsePartialDate } from '../lib/format/date';
import { type Fmt, formatNumber } from '../lib/format/locale';
import { t } from '../lib/i18n';
import type { BadgeTone } from './OpennessBadge';

export interface TimelineItem {
  id: string;
  name: string;
  nameAr: string | null;
  date: string;
  tone: BadgeTone;
}

interface Props {
  items: TimelineItem[];
  /** The article's date: a dashed line, so "how new was it then" is visible. */
  published: string | null;
  fmt: Fmt;
}

const WIDTH = 340;
const LABEL_WIDTH = 124;
const PAD = 12;
const ROW = 22;
const TOP = 22;
const AXIS = 26;
const MAX_LABEL = 18;

export interface TimelineLayout {
  height: number;
  rows: Array<TimelineItem & { x: number; y: number; label: string; labelX: number; anchor: 'start' | 'end' }>;
  ticks: Array<{ x: number; year: number }>;
  /** The article's date line; its label is anchored so it stays inside the drawing at either edge. */
  article: { x: number; anchor: 'start' | 'middle' | 'end' } | null;
  axisY: number;
  plot: { x0: number; x1: number };
}

/**
 * Where everything goes: one row per model, oldest first; time runs with the
 * reading direction (right to left in Arabic), labels sit on the side where
 * reading starts. Pure, so it is tested without a DOM.
 */
export function layoutTimeline(items: TimelineItem[], published: string | null, rtl: boolean): TimelineLayout {
  const dated = items
    .map((it) => ({ it, d: parsePartialDate(it.date) }))
    .filter((x): x is { it: TimelineItem; d: NonNullable<typeof x.d> } => x.d !== null)
    .map(({ it, d }) => ({ it, v: dateValue(d), year: d.year }))
    .sort((a, b) => a.v - b.v || a.it.name.localeCompare(b.it.name));
  const pub = parsePartialDate(published);
  const values = dated.map((x) => x.v).concat(pub ? [dateValue(pub)] : []);
  const years = dated.map((x) => x.year).concat(pub ? [pub.year] : []);
  const minYear = years.length ? Math.min(...years) : 2000;
  const maxYear = years.length ? Math.max(...years) : 2000;
  const lo = Math.min(Date.UTC(minYear, 0, 1), ...values);
  const hi = Math.max(Date.UTC(maxYear + 1, 0, 1), ...values);
  const x0 = rtl ? PAD : LABEL_WIDTH + PAD;
  const x1 = rtl ? WIDTH - LABEL_WIDTH - PAD : WIDTH - PAD;
  const x = (v: number) => {
    const f = hi === lo ? 0.5 : (v - lo) / (hi - lo);
    return Math.round((rtl ? x1 - f * (x1 - x0) : x0 + f * (x1 - x0)) * 10) / 10;
  };
  const rows = dated.map(({ it, v }, i) => ({
    ...it,
    x: x(v),
    y: TOP + i * ROW + ROW / 2,
    label: it.name.length > MAX_LABEL ? `${it.name.slice(0, MAX_LABEL - 1)}…` : it.name,
    labelX: rtl ? WIDTH - LABEL_WIDTH + 4 : LABEL_WIDTH - 4,
    anchor: (rtl ? 'start' : 'end') as 'start' | 'end',
  }));
  const span = maxYear + 1 - minYear;
  const step = Math.max(1, Math.ceil(span / 5));
  const ticks: TimelineLayout['ticks'] = [];
  for (let y = minYear; y <= maxYear + 1; y += step) ticks.push({ x: x(Date.UTC(y, 0, 1)), year: y });
  const axisY = TOP + rows.length * ROW + 4;
  return {
    height: axisY + AXIS,
    rows,
    ticks,
    article: pub ? articleMark(x(dateValue(pub))) : null,
    axisY,
    plot: { x0, x1 },
  };
}

function articleMark(x: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  return { x, anchor: x < 40 ? 'start' : x > WIDTH - 40 ? 'end' : 'middle' };
}

function Mark({ tone, x, y }: { tone: BadgeTone; x: number; y: number }) {
  if (tone === 'open') return <circle class="k-tl-mark k-tl-mark--open" cx={x} cy={y} r={5.5} />;
  if (tone === 'closed') return <rect class="k-tl-mark k-tl-mark--closed" x={x - 5} y={y - 5} width={10} height={10} />;
  return <path class="k-tl-mark k-tl-mark--other" d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`} />;
}

/** The article's models on a time axis (SVG, no chart library), with a text list for screen readers. */
export function Timeline({ items, published, fmt }: Props) {
  const { lang } = fmt;
  const titleId = useId();
  const descId = useId();
  const layout = layoutTimeline(items, published, lang === 'ar');
  if (!layout.rows.length) {
    return (
      <section class="k-timeline" aria-labelledby={titleId}>
        <h2 id={titleId}>{t(lang, 'timelineTitle')}</h2>
        <p class="k-muted">{t(lang, 'timelineEmpty')}</p>
      </section>
    );
  }
  const year = (y: number) => formatNumber(y, fmt, { useGrouping: false });
  return (
    <section class="k-timeline" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(lang, 'timelineTitle')}</h2>
      <p class="k-muted k-small" id={descId}>
        {t(lang, 'timelineDesc')}
      </p>
      <svg
        class="k-tl"
        viewBox={`0 0 ${WIDTH} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        preserveAspectRatio="xMidYMin meet"
      >
        <title>{t(lang, 'timelineTitle')}</title>
        {layout.rows.map((r) => (
          <g key={r.id} class="k-tl-row" data-timeline-id={r.id}>
            <title>{`${r.name}: ${formatPartialDate(r.date, fmt) ?? r.date}`}</title>
            <line class="k-tl-guide" x1={layout.plot.x0} x2={layout.plot.x1} y1={r.y} y2={r.y} />
            <text class="k-tl-label" x={r.labelX} y={r.y + 4} text-anchor={r.anchor} direction="ltr">
              {r.label}
            </text>
            <Mark tone={r.tone} x={r.x} y={r.y} />
          </g>
        ))}
        {layout.article ? (
          <g class="k-tl-article">
            <line x1={layout.article.x} x2={layout.article.x} y1={TOP - 6} y2={layout.axisY} />
            <text
              x={layout.article.x}
              y={TOP - 10}
              text-anchor={layout.article.anchor}
              // Left-to-right here only so that "start" and "end" mean left and right.
              direction="ltr"
            >
              {t(lang, 'timelineArticle')}
            </text>
          </g>
        ) : null}
        <line class="k-tl-axis" x1={layout.plot.x0} x2={layout.plot.x1} y1={layout.axisY} y2={layout.axisY} />
        {layout.ticks.map((tk) => (
          <g key={tk.year} class="k-tl-tick">
            <line x1={tk.x} x2={tk.x} y1={layout.axisY} y2={layout.axisY + 4} />
            <text x={tk.x} y={layout.axisY + 16} text-anchor="middle">
              {year(tk.year)}
            </text>
          </g>
        ))}
      </svg>
      <ol class="k-sr-only">
        {layout.rows.map((r) => (
          <li key={r.id}>
            {lang === 'ar' && r.nameAr ? `${r.nameAr} (${r.name})` : r.name}: {formatPartialDate(r.date, fmt)}
          </li>
        ))}
      </ol>
    </section>
  );
}
