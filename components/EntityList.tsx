import { type Fmt, formatNumber } from '../lib/format/locale';
import { t } from '../lib/i18n';
import type { EntityCardData } from '../lib/kb/card';
import { EntityName } from './EntityName';
import { badgeToneOf, ToneIcon } from './OpennessBadge';

interface Props {
  fmt: Fmt;
  items: Array<{ card: EntityCardData; count: number }>;
  label: string;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

/** A compact list of a page's entities (the popup): name, kind and mention count; choosing one shows its card. */
export function EntityList({ fmt, items, label, selectedId, onSelect }: Props) {
  const { lang } = fmt;
  if (items.length === 0) return <p class="k-muted">{t(lang, 'noEntities')}</p>;
  return (
    <ul class="k-entity-list" aria-label={label}>
      {items.map(({ card, count }) => (
        <li key={card.id} data-entity-id={card.id}>
          <button
            type="button"
            class="k-entity-row"
            aria-pressed={selectedId === card.id}
            onClick={() => onSelect?.(card.id)}
          >
            <span class={`k-tone k-tone--${badgeToneOf(card)}`} title={t(lang, `kind_${card.kind}`)}>
              <ToneIcon tone={badgeToneOf(card)} />
            </span>
            <EntityName entity={card} lang={lang} />
            <span class="k-sr-only">{t(lang, `kind_${card.kind}`)}</span>
            <span class="k-entity-count">
              <span class="k-sr-only">{t(lang, 'mentionsLabel', '')}</span>
              {formatNumber(count, fmt)}×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
