import { browser } from 'wxt/browser';
import type { UiToBackground } from '../lib/messages';

/** Sends a typed message to the background; rejects when no background answers. */
export function sendToBackground(message: UiToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
