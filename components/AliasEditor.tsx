import { useState } from 'preact/hooks';
import { ALIAS_MAX, ALIASES_PER_ENTITY, aliasProblem, cleanAlias } from '../lib/format/alias';
import { type Fmt, formatNumber } from '../lib/format/locale';
import { t } from '../lib/i18n';
import { AddItemForm } from './AddItemForm';
import { EntityName } from './EntityName';
import { SearchBox, type SearchItem } from './SearchBox';
import { tx } from './tx';

export interface AliasEntity {
  id: string;
  name: string;
  nameAr: string | null;
  /** The KB's own spellings, so the reader is told when one is already known. */
  known: string[];
}

interface Props {
  fmt: Fmt;
  aliases: Readonly<Record<string, readonly string[]>>;
  search: (query: string) => SearchItem[];
  entityOf: (id: string) => AliasEntity | null;
  onAdd: (entityId: string, alias: string) => void;
  onRemove: (entityId: string, alias: string) => void;
}

/** The reader's own spellings: pick an entity with the search, then add or remove plain-text spellings. */
export function AliasEditor({ fmt, aliases, search, entityOf, onAdd, onRemove }: Props) {
  const { lang } = fmt;
  const [selected, setSelected] = useState<string | null>(null);
  const entity = selected ? entityOf(selected) : null;
  const ids = [...new Set([...(selected ? [selected] : []), ...Object.keys(aliases)])];

  const add = (text: string): string | null => {
    if (!entity) return null;
    const existing = aliases[entity.id] ?? [];
    const problem = aliasProblem(text, existing, entity.known);
    if (problem) {
      const max = formatNumber(problem === 'aliasTooMany' ? ALIASES_PER_ENTITY : ALIAS_MAX, fmt);
      return t(lang, problem, max);
    }
    onAdd(entity.id, cleanAlias(text));
    return null;
  };

  return (
    <div class="k-aliases">
      <SearchBox fmt={fmt} label={t(lang, 'aliasEntity')} search={search} onChoose={setSelected} />
      {entity ? (
        <AddItemForm
          key={entity.id}
          label={
            <>
              {t(lang, 'aliasInput')}: <EntityName entity={entity} lang={lang} />
            </>
          }
          submitLabel={t(lang, 'addAlias')}
          onAdd={add}
          input={{ dir: 'auto', maxLength: ALIAS_MAX + 20 }}
          testId="alias-form"
        />
      ) : null}
      {ids.length === 0 ? <p class="k-muted">{t(lang, 'noAliases')}</p> : null}
      {ids.map((id) => {
        const e = entityOf(id);
        const list = aliases[id] ?? [];
        if (!e || (!list.length && id !== selected)) return null;
        return (
          <section key={id} class="k-alias-group" data-alias-entity={id}>
            <h3>{tx(lang, 'aliasesFor', <EntityName entity={e} lang={lang} />)}</h3>
            {list.length ? (
              <ul class="k-chips">
                {list.map((a) => (
                  <li key={a} class="k-chip">
                    <bdi>{a}</bdi>
                    <button
                      type="button"
                      class="k-chip-remove"
                      aria-label={t(lang, 'removeAlias', a)}
                      onClick={() => onRemove(id, a)}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="k-muted">{t(lang, 'noAliases')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
