import { describe, expect, it } from 'vitest';
import { panelStateOf } from '../../../app/panel-state';
import type { TabState } from '../../../lib/messages';

const state = (over: Partial<TabState>): TabState => ({
  url: 'https://www.alsawsana.com/a',
  title: 't',
  status: 'article',
  article: { language: 'ar', isTechNews: true, score: 9, reasons: [] },
  published: null,
  entities: [{ id: 'openai', count: 1 }],
  ...over,
});
const opts = { loading: false, error: false, url: null, entities: 1 };

describe('panelStateOf', () => {
  it('loading and error come first', () => {
    expect(panelStateOf(state({}), { ...opts, loading: true })).toBe('loading');
    expect(panelStateOf(null, { ...opts, error: true })).toBe('error');
  });
  it('no report: a web page Kashif does not run on, or no page at all', () => {
    expect(panelStateOf(null, { ...opts, url: 'https://example.com/x' })).toBe('not-running');
    expect(panelStateOf(null, { ...opts, url: 'chrome://newtab/' })).toBe('no-page');
    expect(panelStateOf(null, opts)).toBe('no-page');
  });
  it('follows the reported status', () => {
    expect(panelStateOf(state({ status: 'analysing' }), opts)).toBe('analysing');
    expect(panelStateOf(state({ status: 'off' }), opts)).toBe('off');
    expect(panelStateOf(state({ status: 'not-article', article: null }), opts)).toBe('not-article');
    expect(
      panelStateOf(
        state({ status: 'not-article', article: { language: 'ar', isTechNews: false, score: 1, reasons: [] } }),
        opts,
      ),
    ).toBe('not-tech');
    expect(panelStateOf(state({}), opts)).toBeNull();
    expect(panelStateOf(state({ entities: [] }), { ...opts, entities: 0 })).toBe('no-entities');
  });
});
