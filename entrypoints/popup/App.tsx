import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { cardById, searchEntities, warmSearch } from '../../app/kb';
import { openSidePanel } from '../../app/open-panel';
import { panelStateOf } from '../../app/panel-state';
import { takePendingLookup } from '../../app/pending-lookup';
import { useSiteActions } from '../../app/site-actions';
import { useTabState } from '../../app/tab-state';
import { useUi } from '../../app/use-ui';
import { EntityCard } from '../../components/EntityCard';
import { EntityList } from '../../components/EntityList';
import { PageState } from '../../components/PageState';
import { SearchBox } from '../../components/SearchBox';
import { SiteSwitch } from '../../components/SiteSwitch';
import { siteOf } from '../../lib/format/host';
import { formatNumber } from '../../lib/format/locale';
import { t } from '../../lib/i18n';
import { isSiteEnabled } from '../../lib/settings';
import { isBuiltinHost } from '../../lib/sites';

const search = (q: string) => searchEntities(q, 8);

export function PopupApp() {
  const ui = useUi(document);
  const { fmt, settings } = ui;
  const { lang } = fmt;
  const view = useTabState();
  const { state } = view;
  const [chosen, setChosen] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    document.title = t(lang, 'popupTitle');
  }, [lang]);
  useEffect(() => warmSearch(window), []);
  // A card chosen from the page's list (below) is shown above it: bring it into view, focus stays put.
  useEffect(() => {
    if (chosen) document.querySelector('[data-testid="chosen-card"]')?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);
  // "Look up in Kashif" on a selection leaves its text for us: search it and show the best match.
  useEffect(() => {
    void takePendingLookup(browser).then((text) => {
      if (!text) return;
      setPending(text);
      const best = search(text)[0];
      if (best) setChosen(best.id);
    });
  }, []);

  const entities = useMemo(
    () =>
      (state?.entities ?? []).flatMap((h) => {
        const card = cardById(h.id);
        return card ? [{ card, count: h.count }] : [];
      }),
    [state],
  );
  const card = chosen ? cardById(chosen) : null;
  const onPage = entities.find((e) => e.card.id === chosen);
  const site = siteOf(view.tab.url ?? state?.url);
  const siteOn = site ? isSiteEnabled(site, settings, (h) => isBuiltinHost(h)) : false;
  const kind = panelStateOf(state, {
    loading: view.loading || !ui.ready,
    error: view.error,
    url: view.tab.url,
    entities: entities.length,
  });

  const { busy, problem, changeSite, scan } = useSiteActions({
    site,
    settings,
    tabId: view.tab.id,
    lang,
    refresh: view.refresh,
  });
  const openPanel = () => {
    // Directly in the click: Chrome and Firefox open a panel only during a user gesture.
    void openSidePanel(browser, { windowId: view.tab.windowId, tabId: view.tab.id }).then((opened) => {
      if (opened && view.tab.id !== null) window.close();
    });
  };

  if (!ui.ready) return <main class="k-page k-popup" data-testid="popup" aria-busy="true" />;
  return (
    <main class="k-page k-popup" data-testid="popup">
      <header class="k-header">
        <h1>{t(lang, 'popupTitle')}</h1>
        <button type="button" class="k-btn k-btn--quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'openSettings')}
        </button>
      </header>
      <SearchBox
        key={pending ?? ''}
        fmt={fmt}
        label={t(lang, 'searchLabel')}
        placeholder={t(lang, 'searchPlaceholder')}
        search={search}
        onChoose={setChosen}
        initialQuery={pending ?? ''}
        autoFocus
      />
      {card ? (
        <div class="k-chosen" data-testid="chosen-card">
          <EntityCard card={card} fmt={fmt} headingLevel={2} mentionCount={onPage?.count} onSelectEntity={setChosen} />
        </div>
      ) : null}
      <section class="k-page-status" aria-labelledby="k-page-status">
        <h2 id="k-page-status">{t(lang, 'pageStatusTitle')}</h2>
        {kind ? (
          <PageState
            kind={kind}
            lang={lang}
            site={site}
            onScan={scan}
            onRetry={view.refresh}
            problem={problem}
            busy={busy}
          />
        ) : (
          <p class="k-status-line" data-testid="page-status">
            {t(lang, 'statusArticle', formatNumber(entities.length, fmt))}
          </p>
        )}
        {!kind && problem ? (
          <p class="k-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div class="k-actions">
          {site ? <SiteSwitch lang={lang} site={site} on={siteOn} busy={busy} onChange={changeSite} /> : null}
          {site && kind !== 'not-article' && kind !== 'not-tech' && kind !== 'not-running' ? (
            <button type="button" class="k-btn" onClick={scan} disabled={busy}>
              {t(lang, 'scanPage')}
            </button>
          ) : null}
          <button type="button" class="k-btn" onClick={openPanel}>
            {t(lang, 'openPanel')}
          </button>
        </div>
        {entities.length ? (
          <>
            <h3>{t(lang, 'onThisPage')}</h3>
            <EntityList
              fmt={fmt}
              items={entities}
              label={t(lang, 'onThisPage')}
              selectedId={chosen}
              onSelect={setChosen}
            />
          </>
        ) : null}
      </section>
    </main>
  );
}
