import { useId, useState } from 'preact/hooks';
import { ALIAS_MAX, ALIASES_PER_ENTITY, aliasProblem, cleanAlias } from '../lib/format/alias';
import { type Fmt, formatNumber } from '../lib/format/locale';
import { t } from '../lib/i18n';
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
  const inputId = useId();
  const errorId = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entity = selected ? entityOf(selected) : null;
  const ids = [...new Set([...(selected ? [selected] : []), ...Object.keys(aliases)])];

  const submit = (e: Event) => {
    e.preventDefault();
    if (!entity) return;
    const existing = aliases[entity.id] ?? [];
    const problem = aliasProblem(text, existing, entity.known);
    if (problem) {
      const max = formatNumber(problem === 'aliasTooMany' ? ALIASES_PER_ENTITY : ALIAS_MAX, fmt);
      return setError(t(lang, problem, max));
    }
    setError(null);
    setText('');
    onAdd(entity.id, cleanAlias(text));
  };

  return (
    <div class="k-aliases">
      <SearchBox
        fmt={fmt}
        label={t(lang, 'aliasEntity')}
        search={search}
        onChoose={(id) => {
          setSelected(id);
          setError(null);
        }}
      />
      {entity ? (
        <form class="k-inline-form" onSubmit={submit} noValidate data-testid="alias-form">
          <div class="k-field">
            <label for={inputId}>
              {t(lang, 'aliasInput')}: <EntityName entity={entity} lang={lang} />
            </label>
            <input
              id={inputId}
              class="k-input"
              type="text"
              dir="auto"
              maxLength={ALIAS_MAX + 20}
              autocomplete="off"
              value={text}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? errorId : undefined}
              onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <button type="submit" class="k-btn k-btn--primary">
            {t(lang, 'addAlias')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p id={errorId} class="k-problem" role="alert">
          {error}
        </p>
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
