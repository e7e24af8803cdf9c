import { useId } from 'preact/hooks';
import { type Fmt, formatNumber } from '../lib/format/locale';
import type { NewsTime } from '../lib/format/news-time';
import { type MessageKey, t } from '../lib/i18n';
import type { EntityCardData } from '../lib/kb/card';
import type { EntityKind } from '../lib/kb/schema';
import { EntityCard } from './EntityCard';

export interface PageEntity {
  card: EntityCardData;
  count: number;
}

interface Props {
  entities: PageEntity[];
  fmt: Fmt;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  mentionIndex: ReadonlyMap<string, number>;
  onMentionStep?: (id: string, step: 1 | -1) => void;
  newsTimes?: ReadonlyMap<string, NewsTime | null>;
  onSelectEntity?: (id: string) => void;
}

export const GROUPS: ReadonlyArray<{ kind: EntityKind; key: MessageKey }> = [
  { kind: 'organization', key: 'group_organization' },
  { kind: 'model', key: 'group_model' },
  { kind: 'family', key: 'group_family' },
  { kind: 'product', key: 'group_product' },
];

function Group(props: Props & { kind: EntityKind; label: string; items: PageEntity[] }) {
  const id = useId();
  const { fmt, items } = props;
  return (
    <section class="k-group" aria-labelledby={id} data-group={props.kind}>
      <h2 id={id}>
        {props.label} <span class="k-muted">({formatNumber(items.length, fmt)})</span>
      </h2>
      <ul class="k-cards">
        {items.map(({ card, count }) => (
          <li key={card.id}>
            <EntityCard
              card={card}
              fmt={fmt}
              expanded={props.expanded.has(card.id)}
              onToggle={props.onToggle}
              mentionCount={count}
              mentionIndex={props.mentionIndex.get(card.id) ?? null}
              onMentionStep={props.onMentionStep}
              newsTime={props.newsTimes?.get(card.id) ?? null}
              onSelectEntity={props.onSelectEntity}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The article's entities as cards, grouped: companies, models, families, products; most mentioned first. */
export function EntityGroups(props: Props) {
  return (
    <div class="k-groups">
      {GROUPS.map(({ kind, key }) => {
        const items = props.entities
          .filter((e) => e.card.kind === kind)
          .sort((a, b) => b.count - a.count || a.card.name.localeCompare(b.card.name));
        return items.length ? (
          <Group key={kind} {...props} kind={kind} label={t(props.fmt.lang, key)} items={items} />
        ) : null;
      })}
    </div>
  );
}
