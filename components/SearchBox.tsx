import { useId, useRef, useState } from 'preact/hooks';
import { type Fmt, formatNumber } from '../lib/format/locale';
import { t } from '../lib/i18n';
import type { EntityKind } from '../lib/kb/schema';
import { EntityName } from './EntityName';
import { tx } from './tx';

export interface SearchItem {
  id: string;
  name: string;
  nameAr: string | null;
  kind: EntityKind;
}

interface Props {
  fmt: Fmt;
  label: string;
  /** Synchronous search (lib/kb/search: a few milliseconds over the whole KB). */
  search: (query: string) => SearchItem[];
  onChoose: (id: string) => void;
  initialQuery?: string;
  autoFocus?: boolean;
  placeholder?: string;
}

/**
 * A search box with results as you type, in the ARIA combobox pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/):
 * focus stays in the box, ↑/↓ move the active option (aria-activedescendant),
 * Enter chooses, Escape closes the list and then clears the box.
 */
export function SearchBox({ fmt, label, search, onChoose, initialQuery = '', autoFocus, placeholder }: Props) {
  const { lang } = fmt;
  const inputId = useId();
  const listId = useId();
  const helpId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<SearchItem[]>(() => (initialQuery ? search(initialQuery) : []));
  const [open, setOpen] = useState(!!initialQuery);
  const [active, setActive] = useState(initialQuery ? 0 : -1);
  const [chosen, setChosen] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const run = (q: string) => {
    setQuery(q);
    const r = q.trim() ? search(q) : [];
    setResults(r);
    setOpen(r.length > 0 || q.trim() !== '');
    setActive(r.length ? 0 : -1);
  };
  const choose = (item: SearchItem | undefined) => {
    if (!item) return;
    setChosen(item.id);
    setOpen(false);
    onChoose(item.id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(results.length > 0);
        return;
      }
      if (!results.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + results.length) % results.length);
    } else if (e.key === 'Enter') {
      if (open && results.length) {
        e.preventDefault();
        choose(results[Math.max(0, active)]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else if (query) {
        e.preventDefault();
        run('');
      }
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  const expanded = open && results.length > 0;
  return (
    <div class="k-search">
      <label for={inputId} class="k-label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        class="k-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={helpId}
        autocomplete="off"
        spellcheck={false}
        // biome-ignore lint/a11y/noAutofocus: the popup is opened to search; focus belongs in the box
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={query}
        onInput={(e) => run((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        onFocus={() => query.trim() && chosen === null && setOpen(true)}
        dir="auto"
      />
      <p id={helpId} class="k-help">
        {t(lang, 'searchHelp')}
      </p>
      <div id={listId} role="listbox" class="k-listbox" aria-label={t(lang, 'searchResultsLabel')} hidden={!expanded}>
        {results.map((r, i) => (
          // Options are reached from the box (aria-activedescendant), never focused themselves:
          // biome-ignore lint/a11y/useFocusableInteractive: combobox pattern, focus stays in the input
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input's onKeyDown handles Enter for the active option
          <div
            key={r.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'k-option k-option--active' : 'k-option'}
            data-result-id={r.id}
            // A click must not blur the box first; mousedown keeps focus where it is.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(r)}
            onMouseMove={() => i !== active && setActive(i)}
          >
            <EntityName entity={r} lang={lang} />
            <span class="k-option-kind">{t(lang, `kind_${r.kind}`)}</span>
          </div>
        ))}
      </div>
      <p class="k-sr-only" aria-live="polite" aria-atomic="true">
        {query.trim()
          ? results.length
            ? t(lang, 'searchCount', formatNumber(results.length, fmt))
            : t(lang, 'searchNone', query.trim())
          : ''}
      </p>
      {query.trim() && !results.length ? (
        <p class="k-muted" data-testid="search-none">
          {tx(lang, 'searchNone', <bdi>{query.trim()}</bdi>)}
        </p>
      ) : null}
    </div>
  );
}
