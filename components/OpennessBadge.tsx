import { opennessClass, opennessKey } from '../lib/format/openness';
import { type Lang, t } from '../lib/i18n';
import type { EntityCardData } from '../lib/kb/card';

/** The four looks of a badge, the same four as the page's highlights (kashif-open, -closed, -org, -other). */
export type BadgeTone = 'open' | 'closed' | 'org' | 'other';

export function badgeToneOf(card: Pick<EntityCardData, 'kind' | 'openness'>): BadgeTone {
  if (card.kind === 'organization') return 'org';
  return opennessClass(card.openness) ?? 'other';
}

/** Small icons so that open and closed differ in shape, not only in colour (WCAG 1.4.1). */
export function ToneIcon({ tone }: { tone: BadgeTone }) {
  return (
    <svg class="k-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {tone === 'open' ? (
        // An open padlock.
        <path d="M5 7V5a3 3 0 0 1 5.8-1.1M3.5 7h9v7h-9z" fill="none" stroke="currentColor" stroke-width="1.6" />
      ) : tone === 'closed' ? (
        // A closed padlock.
        <path d="M5 7V5a3 3 0 0 1 6 0v2M3.5 7h9v7h-9z" fill="none" stroke="currentColor" stroke-width="1.6" />
      ) : tone === 'org' ? (
        // A building.
        <path
          d="M3 14V2.5h7V14M10 6h3v8M5 5h3M5 8h3M5 11h3M1.5 14h13"
          fill="none"
          stroke="currentColor"
          stroke-width="1.4"
        />
      ) : (
        <circle cx="8" cy="8" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      )}
    </svg>
  );
}

interface Props {
  card: Pick<EntityCardData, 'kind' | 'openness' | 'license'>;
  lang: Lang;
  /** Add the licence after the openness ("Open weights · Apache-2.0"). */
  withLicense?: boolean;
}

/**
 * Open or closed, in words and with an icon: "Open weights · Apache-2.0",
 * "Closed: API only". Organisations and entities without an openness show their kind.
 */
export function OpennessBadge({ card, lang, withLicense = true }: Props) {
  const tone = badgeToneOf(card);
  const key = card.openness ? opennessKey(card.openness) : null;
  const label = key ? t(lang, key) : t(lang, `kind_${card.kind}`);
  return (
    <span class={`k-badge k-badge--${tone}`} data-tone={tone}>
      <ToneIcon tone={tone} />
      <span>{label}</span>
      {withLicense && card.license ? (
        <>
          <span aria-hidden="true"> · </span>
          <span class="k-sr-only">{lang === 'ar' ? '، الرخصة: ' : ', licence: '}</span>
          <bdi dir="ltr">{card.license}</bdi>
        </>
      ) : null}
    </span>
  );
}
