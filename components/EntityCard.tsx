import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { countryName } from '../lib/format/country';
import { formatAge } from '../lib/format/date';
import { displayName, parametersText, releaseText } from '../lib/format/fields';
import { type Fmt, formatNumber } from '../lib/format/locale';
import type { NewsTime } from '../lib/format/news-time';
import { dirOf, type Lang, t } from '../lib/i18n';
import type { EntityCardData } from '../lib/kb/card';
import { EntityName } from './EntityName';
import { OpennessBadge } from './OpennessBadge';
import { tx } from './tx';

export interface EntityCardProps {
  card: EntityCardData;
  fmt: Fmt;
  /** `compact`: the hover card's essentials (open or closed, date, developer, country) and a "more" button. */
  variant?: 'full' | 'compact';
  /** In a list: whether the details show. Leave undefined for a card that is always open. */
  expanded?: boolean;
  onToggle?: (id: string) => void;
  /** How many times the page names the entity; null or undefined when it is not about a page (a search result). */
  mentionCount?: number | null;
  /** The mention last jumped to (0-based), shown as "Mention 2 of 6". */
  mentionIndex?: number | null;
  onMentionStep?: (id: string, step: 1 | -1) => void;
  /** The entity seen from the article's date. */
  newsTime?: NewsTime | null;
  /** Related names (developer, family, predecessor, successor) become buttons when given. */
  onSelectEntity?: (id: string) => void;
  onMore?: (id: string) => void;
  headingLevel?: 2 | 3 | 4;
}

/** Only web links are followed: a KB URL is data, and data never gets to run script. */
function isWebUrl(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

function Related({
  entity,
  lang,
  onSelect,
}: {
  entity: { id: string; name: string; nameAr?: string | null };
  lang: Lang;
  onSelect?: (id: string) => void;
}) {
  const name = <EntityName entity={{ name: entity.name, nameAr: entity.nameAr ?? null }} lang={lang} />;
  if (!onSelect) return name;
  return (
    <button type="button" class="k-link" onClick={() => onSelect(entity.id)}>
      {name}
    </button>
  );
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="k-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "Released 5 August 2025", with the date isolated so its digits keep their order. */
function ReleaseFact({ card, fmt }: { card: EntityCardData; fmt: Fmt }) {
  if (!card.released) return null;
  const text = releaseText(card.released, fmt);
  return text ? <Fact label={t(fmt.lang, 'fieldDate')}>{text}</Fact> : null;
}

function DeveloperFacts({ card, fmt, onSelect }: { card: EntityCardData; fmt: Fmt; onSelect?: (id: string) => void }) {
  const { lang } = fmt;
  return (
    <>
      {card.developer ? (
        <Fact label={t(lang, 'fieldDeveloper')}>
          <Related entity={card.developer} lang={lang} onSelect={onSelect} />
        </Fact>
      ) : null}
      {card.country ? <Fact label={t(lang, 'fieldCountry')}>{countryName(card.country, lang)}</Fact> : null}
    </>
  );
}

/** How old the model was when the article came out, and what came after it. */
export function NewsTimeNote({ newsTime, fmt, selfId }: { newsTime: NewsTime; fmt: Fmt; selfId: string }) {
  const { lang } = fmt;
  const lines: ComponentChildren[] = [];
  if (newsTime.beforeRelease) lines.push(t(lang, 'beforeRelease'));
  else if (newsTime.ageMonths !== null) {
    lines.push(
      newsTime.ageMonths < 1 ? t(lang, 'ageUnderMonth') : t(lang, 'ageAtArticle', formatAge(newsTime.ageMonths, fmt)),
    );
  }
  if (newsTime.newer && newsTime.newer.id !== selfId) {
    const name = (
      <strong>
        <EntityName entity={newsTime.newer} lang={lang} />
      </strong>
    );
    lines.push(tx(lang, newsTime.newerSinceArticle ? 'newerSince' : 'newerExists', name));
  }
  if (!lines.length) return null;
  return (
    <ul class="k-newstime">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

function Mentions({
  id,
  count,
  index,
  fmt,
  onStep,
  name,
}: {
  id: string;
  count: number;
  index: number | null;
  fmt: Fmt;
  onStep?: (id: string, step: 1 | -1) => void;
  name: string;
}) {
  const { lang } = fmt;
  return (
    <div class="k-mentions">
      <span>{t(lang, 'mentionsLabel', formatNumber(count, fmt))}</span>
      {onStep && count > 0 ? (
        <span class="k-mention-nav">
          <button
            type="button"
            class="k-btn k-btn--small"
            aria-label={`${t(lang, 'prevMention')}: ${name}`}
            onClick={() => onStep(id, -1)}
          >
            <span aria-hidden="true">{lang === 'ar' ? '→' : '←'}</span>
            {t(lang, 'prevMention')}
          </button>
          <button
            type="button"
            class="k-btn k-btn--small"
            aria-label={`${t(lang, 'nextMention')}: ${name}`}
            onClick={() => onStep(id, 1)}
          >
            {t(lang, 'nextMention')}
            <span aria-hidden="true">{lang === 'ar' ? '←' : '→'}</span>
          </button>
        </span>
      ) : null}
      <span class="k-mention-pos" aria-live="polite">
        {index !== null && count > 0
          ? t(lang, 'mentionPosition', formatNumber(index + 1, fmt), formatNumber(count, fmt))
          : ''}
      </span>
    </div>
  );
}

function Sources({ card, lang }: { card: EntityCardData; lang: Lang }) {
  if (!card.sources.length) return null;
  return (
    <div class="k-sources">
      <span class="k-sources-label">{t(lang, 'fieldSources')}:</span>{' '}
      <ul>
        {card.sources.map((s) => (
          <li key={s.name}>
            {isWebUrl(s.url) ? (
              <a href={s.url} target="_blank" rel="noreferrer">
                <bdi>{s.name}</bdi>
                <span class="k-sr-only"> {t(lang, 'opensInNewTab')}</span>
              </a>
            ) : (
              <bdi>{s.name}</bdi>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Everything else the KB knows, by kind. */
function DetailFacts({ card, fmt, onSelect }: { card: EntityCardData; fmt: Fmt; onSelect?: (id: string) => void }) {
  const { lang } = fmt;
  const sep = lang === 'ar' ? '، ' : ', ';
  return (
    <>
      {card.parameters ? (
        <Fact label={t(lang, 'fieldParameters')}>
          <span class={card.parameters.confidence === 'rumour' ? 'k-rumour' : undefined}>
            {parametersText(card.parameters, fmt)}
          </span>
        </Fact>
      ) : null}
      {card.runsOn ? <Fact label={t(lang, 'fieldRunsOn')}>{t(lang, `runsOn_${card.runsOn as 'phone'}`)}</Fact> : null}
      {card.modality.length ? (
        <Fact label={t(lang, 'fieldModality')}>
          {card.modality.map((m) => t(lang, `modality_${m as 'text'}`)).join(sep)}
        </Fact>
      ) : null}
      {card.family ? (
        <Fact label={t(lang, 'fieldFamily')}>
          <Related entity={card.family} lang={lang} onSelect={onSelect} />
        </Fact>
      ) : null}
      {card.predecessor ? (
        <Fact label={t(lang, 'fieldPredecessor')}>
          <Related entity={card.predecessor} lang={lang} onSelect={onSelect} />
        </Fact>
      ) : null}
      {card.successor ? (
        <Fact label={t(lang, 'fieldSuccessor')}>
          <Related entity={card.successor} lang={lang} onSelect={onSelect} />
        </Fact>
      ) : null}
      {card.kind === 'family' && card.members ? (
        <Fact label={t(lang, 'fieldMembers')}>{formatNumber(card.members, fmt)}</Fact>
      ) : null}
      {card.orgKind ? (
        <Fact label={t(lang, 'fieldOrgKind')}>{t(lang, `orgKind_${card.orgKind.replace('-', '_') as 'company'}`)}</Fact>
      ) : null}
      {card.founded ? (
        <Fact label={t(lang, 'fieldFounded')}>{formatNumber(card.founded, fmt, { useGrouping: false })}</Fact>
      ) : null}
      {card.headquarters ? (
        <Fact label={t(lang, 'fieldHeadquarters')}>
          <bdi>{card.headquarters}</bdi>
        </Fact>
      ) : null}
      {card.parent ? (
        <Fact label={t(lang, 'fieldParent')}>
          <Related entity={card.parent} lang={lang} onSelect={onSelect} />
        </Fact>
      ) : null}
      {card.category ? (
        <Fact label={t(lang, 'fieldCategory')}>{t(lang, `category_${card.category as 'app'}`)}</Fact>
      ) : null}
    </>
  );
}

/**
 * The context card of one entity, shared by the side panel, the popup and the
 * hover card on the page. Props in, callbacks out: it reads no storage and
 * sends no message.
 */
export function EntityCard(props: EntityCardProps) {
  const { card, fmt, variant = 'full', expanded, onToggle, headingLevel = 3 } = props;
  const { lang } = fmt;
  const headingId = useId();
  const bodyId = useId();
  const H = `h${headingLevel}` as 'h3';
  const collapsible = expanded !== undefined && variant === 'full';
  const open = variant === 'full' && (expanded ?? true);
  const plainName = displayName(card, lang);
  const title = <EntityName entity={card} lang={lang} />;

  return (
    <article
      class={`k-card k-card--${variant}${open ? ' k-card--open' : ''}`}
      data-entity-id={card.id}
      aria-labelledby={headingId}
      lang={lang}
      dir={dirOf(lang)}
    >
      <header class="k-card-head">
        <H class="k-card-title" id={headingId}>
          {collapsible ? (
            <button
              type="button"
              class="k-card-toggle"
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={() => onToggle?.(card.id)}
            >
              <span class="k-disclosure" aria-hidden="true" />
              {title}
            </button>
          ) : (
            title
          )}
        </H>
        <div class="k-card-meta">
          <OpennessBadge card={card} lang={lang} withLicense={variant === 'full'} />
          {card.kind !== 'organization' && card.openness ? (
            <span class="k-kind">{t(lang, `kind_${card.kind}`)}</span>
          ) : null}
          {props.mentionCount && !open ? (
            <span class="k-count" title={t(lang, 'mentionsLabel', formatNumber(props.mentionCount, fmt))}>
              <span class="k-sr-only">{t(lang, 'mentionsLabel', '')}</span>
              {formatNumber(props.mentionCount, fmt)}×
            </span>
          ) : null}
        </div>
      </header>

      {variant === 'compact' ? (
        <>
          <dl class="k-facts">
            <ReleaseFact card={card} fmt={fmt} />
            <DeveloperFacts card={card} fmt={fmt} />
          </dl>
          {props.onMore ? (
            <div class="k-card-actions">
              <button
                type="button"
                class="k-btn"
                aria-label={t(lang, 'moreAbout', plainName)}
                onClick={() => props.onMore?.(card.id)}
              >
                {t(lang, 'moreInPanel')}
              </button>
            </div>
          ) : null}
        </>
      ) : open ? (
        <div class="k-card-body" id={bodyId}>
          <dl class="k-facts">
            <ReleaseFact card={card} fmt={fmt} />
            <DeveloperFacts card={card} fmt={fmt} onSelect={props.onSelectEntity} />
            <DetailFacts card={card} fmt={fmt} onSelect={props.onSelectEntity} />
          </dl>
          {props.newsTime ? <NewsTimeNote newsTime={props.newsTime} fmt={fmt} selfId={card.id} /> : null}
          <Sources card={card} lang={lang} />
          {props.mentionCount ? (
            <Mentions
              id={card.id}
              count={props.mentionCount}
              index={props.mentionIndex ?? null}
              fmt={fmt}
              onStep={props.onMentionStep}
              name={plainName}
            />
          ) : null}
        </div>
      ) : (
        <Gist card={card} fmt={fmt} id={bodyId} />
      )}
    </article>
  );
}

/** One line under a closed card: the date and the developer. */
function Gist({ card, fmt, id }: { card: EntityCardData; fmt: Fmt; id: string }) {
  const { lang } = fmt;
  const parts: ComponentChildren[] = [];
  if (card.released) parts.push(releaseText(card.released, fmt));
  if (card.developer) parts.push(<EntityName entity={card.developer} lang={lang} withLatin={false} />);
  else if (card.country) parts.push(countryName(card.country, lang));
  if (!parts.length) return null;
  return (
    <p class="k-card-gist" id={id}>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 ? ' · ' : ''}
          {p}
        </span>
      ))}
    </p>
  );
}
