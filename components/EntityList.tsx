import { type Lang, t } from '../lib/i18n';

export interface EntityListItem {
  id: string;
  name: string;
  nameAr: string | null;
  kind: 'model' | 'family' | 'product' | 'organization';
  count: number;
}

interface Props {
  lang: Lang;
  items: EntityListItem[];
  onSelect?: (id: string) => void;
}

/** The entities a page names, Arabic name first with the Latin name bidi-isolated. */
export function EntityList({ lang, items, onSelect }: Props) {
  if (items.length === 0) return <p class="k-empty">{t(lang, 'noEntities')}</p>;
  return (
    <ul class="k-entity-list" aria-label={t(lang, 'entitiesOnPage')}>
      {items.map((item) => (
        <li key={item.id} data-entity-id={item.id}>
          <button type="button" class="k-entity-row" onClick={() => onSelect?.(item.id)}>
            <span class="k-entity-name">{lang === 'ar' && item.nameAr ? item.nameAr : <bdi>{item.name}</bdi>}</span>
            {lang === 'ar' && item.nameAr ? (
              <span class="k-entity-latin">
                <bdi dir="ltr">{item.name}</bdi>
              </span>
            ) : null}
            <span class="k-entity-kind">{t(lang, `kind_${item.kind}`)}</span>
            <span class="k-entity-count">{t(lang, 'mentionCount', item.count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
