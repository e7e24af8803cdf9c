import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '../../app/download';
import { cardById, kbStats, successorOf } from '../../app/kb';
import { sendToBackground } from '../../app/messaging';
import { panelStateOf } from '../../app/panel-state';
import { useSiteActions } from '../../app/site-actions';
import { useShowEntity, useTabState } from '../../app/tab-state';
import { useUi } from '../../app/use-ui';
import { ArticleSummary } from '../../components/ArticleSummary';
import { CompareTable } from '../../components/CompareTable';
import { EntityCard } from '../../components/EntityCard';
import { EntityGroups, type PageEntity } from '../../components/EntityGroups';
import { HighlightLegend } from '../../components/HighlightLegend';
import { badgeToneOf } from '../../components/OpennessBadge';
import { PageState } from '../../components/PageState';
import { Timeline, type TimelineItem } from '../../components/Timeline';
import { articleToJson, articleToMarkdown, exportFileName } from '../../lib/export';
import { siteOf } from '../../lib/format/host';
import { newsTimeOf } from '../../lib/format/news-time';
import { summarizeArticle } from '../../lib/format/summary';
import { t } from '../../lib/i18n';

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;

export function SidePanelApp() {
  const ui = useUi(document);
  const { fmt, settings } = ui;
  const { lang } = fmt;
  const view = useTabState();
  const { state } = view;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [mentionIndex, setMentionIndex] = useState<ReadonlyMap<string, number>>(new Map());
  const [extraId, setExtraId] = useState<string | null>(null);
  const [scrollTo, setScrollTo] = useState<{ id: string; seq: number } | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    document.title = t(lang, 'panelTitle');
  }, [lang]);

  const entities: PageEntity[] = useMemo(
    () =>
      (state?.entities ?? []).flatMap((h) => {
        const card = cardById(h.id);
        return card ? [{ card, count: h.count }] : [];
      }),
    [state],
  );
  const cards = useMemo(() => entities.map((e) => e.card), [entities]);
  const summary = useMemo(
    () => summarizeArticle(cards, new Map(entities.map((e) => [e.card.id, e.count]))),
    [entities, cards],
  );
  const published = state?.published ?? null;
  const newsTimes = useMemo(
    () => new Map(cards.map((c) => [c.id, c.kind === 'model' ? newsTimeOf(c, published, successorOf) : null])),
    [cards, published],
  );
  const timelineItems: TimelineItem[] = useMemo(
    () =>
      cards.flatMap((c) =>
        c.kind === 'model' && c.released
          ? [{ id: c.id, name: c.name, nameAr: c.nameAr, date: c.released.date, tone: badgeToneOf(c) }]
          : [],
      ),
    [cards],
  );

  // Scroll to an entity after it has been expanded and rendered; focus its heading button.
  useEffect(() => {
    if (!scrollTo) return;
    const el = document.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(scrollTo.id)}"]`);
    el?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    el?.querySelector<HTMLElement>('.k-card-toggle, button, a')?.focus({ preventScroll: true });
  }, [scrollTo]);

  const showEntity = (id: string) => {
    if (entities.some((e) => e.card.id === id)) {
      setExpanded((s) => new Set(s).add(id));
      setExtraId(null);
    } else if (cardById(id)) setExtraId(id);
    else return;
    seq.current += 1;
    setScrollTo({ id, seq: seq.current });
  };
  useShowEntity(view.tab, showEntity);

  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const stepMention = (id: string, step: 1 | -1) => {
    const count = entities.find((e) => e.card.id === id)?.count ?? 0;
    if (!count) return;
    const current = mentionIndex.get(id);
    const index = current === undefined ? (step === 1 ? 0 : count - 1) : (current + step + count) % count;
    setMentionIndex((m) => new Map(m).set(id, index));
    void sendToBackground({ type: 'focus-mention', tabId: view.targetTabId, entityId: id, index }).catch(() =>
      setProblem(t(lang, 'stateError')),
    );
  };

  const site = siteOf(state?.url || view.tab.url);
  const kind = panelStateOf(state, {
    loading: view.loading || !ui.ready,
    error: view.error,
    url: view.tab.url,
    entities: entities.length,
  });

  const { busy, problem, setProblem, changeSite, scan } = useSiteActions({
    site,
    settings,
    tabId: view.targetTabId,
    lang,
    refresh: view.refresh,
  });
  const enable = () => changeSite(true);

  const exportAs = (ext: 'md' | 'json') => {
    if (!state) return;
    const doc = {
      url: state.url,
      title: state.title,
      published,
      kbAsOf: kbStats().asOf,
      entities,
    };
    const name = exportFileName(state.title || siteOf(state.url) || 'article', ext);
    if (ext === 'md') downloadText(document, name, articleToMarkdown(doc, fmt), 'text/markdown;charset=utf-8');
    else downloadText(document, name, articleToJson(doc), 'application/json;charset=utf-8');
  };

  const extra = extraId ? cardById(extraId) : null;
  if (!ui.ready) return <main class="k-page k-panel" data-testid="panel" aria-busy="true" />;

  return (
    <main class="k-page k-panel" data-testid="panel">
      <header class="k-header">
        <h1>{t(lang, 'panelTitle')}</h1>
        <button type="button" class="k-btn k-btn--quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'openSettings')}
        </button>
      </header>
      {kind ? (
        <PageState
          kind={kind}
          lang={lang}
          site={site}
          onEnable={enable}
          onScan={scan}
          onRetry={view.refresh}
          problem={problem}
          busy={busy}
        />
      ) : problem ? (
        <p class="k-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {extra ? (
        <aside class="k-extra" aria-label={extra.name}>
          <EntityCard card={extra} fmt={fmt} headingLevel={2} onSelectEntity={showEntity} />
          <button type="button" class="k-btn k-btn--small" onClick={() => setExtraId(null)}>
            ×<span class="k-sr-only">{extra.name}</span>
          </button>
        </aside>
      ) : null}
      {state && entities.length ? (
        <>
          <p class="k-article-title">
            <bdi>{state.title || state.url}</bdi>
          </p>
          <ArticleSummary summary={summary} fmt={fmt} published={published} onSelectEntity={showEntity} />
          <div class="k-toolbar">
            <button type="button" class="k-btn" onClick={() => exportAs('md')}>
              {t(lang, 'exportMarkdown')}
            </button>
            <button type="button" class="k-btn" onClick={() => exportAs('json')}>
              {t(lang, 'exportJson')}
            </button>
          </div>
          <HighlightLegend lang={lang} style={settings.highlightStyle} />
          <EntityGroups
            entities={entities}
            fmt={fmt}
            expanded={expanded}
            onToggle={toggle}
            mentionIndex={mentionIndex}
            onMentionStep={stepMention}
            newsTimes={newsTimes}
            onSelectEntity={showEntity}
          />
          {timelineItems.length ? <Timeline items={timelineItems} published={published} fmt={fmt} /> : null}
          <CompareTable key={state.url} cards={cards} fmt={fmt} />
        </>
      ) : null}
    </main>
  );
}
