import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILTIN_SITES, matchPatternsFor } from '../../lib/sites';
import { runKashifOnPage } from './run';

export default defineContentScript({
  matches: matchPatternsFor(BUILTIN_SITES),
  runAt: 'document_idle',
  main(ctx) {
    void runKashifOnPage(ctx, browser, document, window);
  },
});
