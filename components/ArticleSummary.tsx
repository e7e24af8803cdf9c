import { useId } from 'preact/hooks';
import { countryName } from '../lib/format/country';
import { formatPartialDate } from '../lib/format/date';
import { type Fmt, formatNumber } from '../lib/format/locale';
import type { ArticleSummary as Summary } from '../lib/format/summary';
import { t } from '../lib/i18n';
import { EntityName } from './EntityName';
import { ToneIcon } from './OpennessBadge';

interface Props {
  summary: Summary;
  fmt: Fmt;
  /** The article's date (TabState.published). */
  published: string | null;
  onSelectEntity?: (id: string) => void;
}

/** An article at a glance: open and closed models, companies, countries, oldest and newest model. */
export function ArticleSummary({ summary, fmt, published, onSelectEntity }: Props) {
  const { lang } = fmt;
  const headingId = useId();
  const n = (x: number) => formatNumber(x, fmt);
  const sep = lang === 'ar' ? '، ' : ', ';
  const date = formatPartialDate(published, fmt);
  const name = (ref: { id: string; name: string; nameAr: string | null }) =>
    onSelectEntity ? (
      <button type="button" class="k-link" onClick={() => onSelectEntity(ref.id)}>
        <EntityName entity={ref} lang={lang} withLatin={false} />
      </button>
    ) : (
      <EntityName entity={ref} lang={lang} withLatin={false} />
    );
  return (
    <section class="k-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'summaryTitle')}</h2>
      <p class="k-article-date">{date ? t(lang, 'articleDate', date) : t(lang, 'articleDateUnknown')}</p>
      <dl class="k-facts k-facts--summary">
        {summary.models ? (
          <div class="k-fact">
            <dt>{t(lang, 'summaryModels', n(summary.models))}</dt>
            <dd class="k-summary-split">
              <span class="k-badge k-badge--open">
                <ToneIcon tone="open" />
                {t(lang, 'summaryOpen', n(summary.open))}
              </span>{' '}
              <span class="k-badge k-badge--closed">
                <ToneIcon tone="closed" />
                {t(lang, 'summaryClosed', n(summary.closed))}
              </span>
            </dd>
          </div>
        ) : null}
        {summary.companies.length ? (
          <div class="k-fact">
            <dt>{t(lang, 'summaryCompanies')}</dt>
            <dd>
              {summary.companies.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? sep : ''}
                  {name(c)}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {summary.countries.length ? (
          <div class="k-fact">
            <dt>{t(lang, 'summaryCountries')}</dt>
            <dd data-testid="summary-countries">
              {summary.countries.map((c, i) => (
                <span key={c.code}>
                  {i > 0 ? sep : ''}
                  {t(lang, 'countryCount', n(c.count), countryName(c.code, lang))}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {summary.oldest ? (
          <div class="k-fact">
            <dt>{t(lang, 'summaryOldest')}</dt>
            <dd>
              {name(summary.oldest)} <span class="k-muted">({formatPartialDate(summary.oldest.date, fmt)})</span>
            </dd>
          </div>
        ) : null}
        {summary.newest ? (
          <div class="k-fact">
            <dt>{t(lang, 'summaryNewest')}</dt>
            <dd>
              {name(summary.newest)} <span class="k-muted">({formatPartialDate(summary.newest.date, fmt)})</span>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
