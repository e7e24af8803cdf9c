import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILTIN_SITES, matchPatternsFor } from '../../lib/sites';
import { startGate } from './gate';

// On every listed page: the small gate; the background brings in the page script
// (../kashif-page.ts) only where there is an Arabic article.
export default defineContentScript({
  matches: matchPatternsFor(BUILTIN_SITES),
  runAt: 'document_idle',
  main(ctx) {
    startGate(ctx, browser, document, window);
  },
});
