import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from './service';

// Wiring only: the logic lives in ./service.ts and lib/.
export default defineBackground({
  type: 'module',
  main() {
    const chromeApi = (globalThis as { chrome?: { sidePanel?: never } }).chrome;
    createBackground(browser, chromeApi?.sidePanel ? chromeApi : undefined).start();
  },
});
