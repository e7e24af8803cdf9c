import type { PageStateKind } from '../components/PageState';
import { siteOf } from '../lib/format/host';
import type { TabState } from '../lib/messages';

/** Which state the panel is in, from what the background reported. */
export function panelStateOf(
  state: TabState | null,
  opts: { loading: boolean; error: boolean; url: string | null; entities: number },
): PageStateKind | null {
  if (opts.loading) return 'loading';
  if (opts.error) return 'error';
  if (!state) return opts.url && siteOf(opts.url) ? 'not-running' : 'no-page';
  switch (state.status) {
    case 'analysing':
      return 'analysing';
    case 'off':
      return 'off';
    case 'not-article':
      return state.article && !state.article.isTechNews && state.article.language === 'ar' ? 'not-tech' : 'not-article';
    case 'article':
      return opts.entities ? null : 'no-entities';
  }
}
