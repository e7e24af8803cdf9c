import type { browser } from 'wxt/browser';

/** The WebExtension API object, passed into code so tests can hand in a fake. */
export type Browser = typeof browser;
