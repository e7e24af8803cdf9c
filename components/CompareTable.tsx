import { useId, useState } from 'preact/hooks';
import { cardFields, type FieldKey, fieldLabel } from '../lib/format/fields';
import type { Fmt } from '../lib/format/locale';
import { t } from '../lib/i18n';
import type { EntityCardData } from '../lib/kb/card';
import { EntityName } from './EntityName';

interface Props {
  cards: EntityCardData[];
  fmt: Fmt;
  /** The pair to start with; by default the first two models (or the first two entities). */
  initial?: [string, string];
}

function defaultPair(cards: EntityCardData[]): [string, string] {
  const models = cards.filter((c) => c.kind === 'model');
  const pool = models.length >= 2 ? models : cards;
  return [pool[0]?.id ?? '', pool[1]?.id ?? ''];
}

/** Two of the article's entities side by side, fact by fact. */
export function CompareTable({ cards, fmt, initial }: Props) {
  const { lang } = fmt;
  const titleId = useId();
  const firstId = useId();
  const secondId = useId();
  const [pair, setPair] = useState<[string, string]>(initial ?? defaultPair(cards));
  if (cards.length < 2) {
    return (
      <section class="k-compare" aria-labelledby={titleId}>
        <h2 id={titleId}>{t(lang, 'compareTitle')}</h2>
        <p class="k-muted">{t(lang, 'compareNeedTwo')}</p>
      </section>
    );
  }
  const a = cards.find((c) => c.id === pair[0]) ?? cards[0]!;
  const b = cards.find((c) => c.id === pair[1]) ?? cards.find((c) => c.id !== a.id)!;
  const fa = new Map(cardFields(a, fmt).map((f) => [f.key, f.value]));
  const fb = new Map(cardFields(b, fmt).map((f) => [f.key, f.value]));
  const keys = [...new Set<FieldKey>([...fa.keys(), ...fb.keys()])];
  const select = (id: string, value: string, which: 0 | 1, label: string) => (
    <div class="k-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          setPair((p) => (which === 0 ? [v, p[1]] : [p[0], v]));
        }}
      >
        {cards.map((c) => (
          <option key={c.id} value={c.id}>
            {/* The short Latin name first: a narrow select cuts the end off. */}
            {lang === 'ar' && c.nameAr ? `${c.name} · ${c.nameAr}` : c.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section class="k-compare" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(lang, 'compareTitle')}</h2>
      <div class="k-compare-pickers">
        {select(firstId, a.id, 0, t(lang, 'compareFirst'))}
        {select(secondId, b.id, 1, t(lang, 'compareSecond'))}
      </div>
      <div class="k-table-wrap">
        <table class="k-compare-table">
          <caption class="k-sr-only">{t(lang, 'compareTitle')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">
                <EntityName entity={a} lang={lang} />
              </th>
              <th scope="col">
                <EntityName entity={b} lang={lang} />
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{fieldLabel(k, lang)}</th>
                <td>
                  <bdi>{fa.get(k) ?? '—'}</bdi>
                </td>
                <td>
                  <bdi>{fb.get(k) ?? '—'}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
