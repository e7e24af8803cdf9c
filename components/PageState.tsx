import type { ComponentChildren } from 'preact';
import { type Lang, t } from '../lib/i18n';
import { tx } from './tx';

/** Every state of a page other than "an article with entities", with what the reader can do about it. */
export type PageStateKind =
  | 'loading'
  | 'analysing'
  | 'no-page'
  | 'not-article'
  | 'not-tech'
  | 'off'
  | 'not-running'
  | 'no-entities'
  | 'error';

interface Props {
  kind: PageStateKind;
  lang: Lang;
  /** The site of the page, for "Turn Kashif on for example.com". */
  site?: string | null;
  onEnable?: () => void;
  onScan?: () => void;
  onRetry?: () => void;
  /** A failed action, shown under the message. */
  problem?: string | null;
  busy?: boolean;
}

/** The panel's and popup's empty, loading and error states: what is going on, and a button to act. */
export function PageState({ kind, lang, site, onEnable, onScan, onRetry, problem, busy }: Props) {
  const message: Record<PageStateKind, ComponentChildren> = {
    loading: t(lang, 'loading'),
    analysing: t(lang, 'stateAnalysing'),
    'no-page': t(lang, 'waitingForPage'),
    'not-article': (
      <>
        {t(lang, 'notAnArticle')} {t(lang, 'notArticleHelp')}
      </>
    ),
    'not-tech': t(lang, 'stateNotTech'),
    off: t(lang, 'stateOff'),
    'not-running': t(lang, 'stateNotRunning'),
    'no-entities': t(lang, 'noEntities'),
    error: t(lang, 'stateError'),
  };
  const canEnable = (kind === 'off' || kind === 'not-running') && site && onEnable;
  const canScan = (kind === 'not-article' || kind === 'not-tech' || kind === 'not-running') && onScan;
  return (
    <div
      class={`k-state k-state--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading' || kind === 'analysing' || busy ? 'true' : undefined}
      data-state={kind}
    >
      <p>{message[kind]}</p>
      {canEnable || canScan || (kind === 'error' && onRetry) ? (
        <div class="k-actions">
          {canEnable ? (
            <button type="button" class="k-btn k-btn--primary" onClick={onEnable} disabled={busy}>
              {tx(lang, 'enableSite', <bdi dir="ltr">{site}</bdi>)}
            </button>
          ) : null}
          {canScan ? (
            <button type="button" class="k-btn" onClick={onScan} disabled={busy}>
              {t(lang, 'scanPage')}
            </button>
          ) : null}
          {kind === 'error' && onRetry ? (
            <button type="button" class="k-btn" onClick={onRetry}>
              {t(lang, 'retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      {problem ? (
        <p class="k-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
