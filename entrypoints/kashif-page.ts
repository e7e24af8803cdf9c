import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runKashifOnPage } from './content/run';

// Kashif on an article page (matching, highlights, cards), injected by the background
// into the content script's isolated world when the gate has seen an Arabic article,
// or when the reader asks to scan the page. Wiring only.
export default defineUnlistedScript(() => {
  void runKashifOnPage(new ContentScriptContext('kashif-page'), browser, document, window);
});
