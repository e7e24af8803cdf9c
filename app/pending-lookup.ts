import type { Browser } from './browser-type';

/**
 * storage.session key where the background leaves the text of a "Look up in
 * Kashif" context-menu click for the popup (entrypoints/background/service.ts).
 */
export const PENDING_LOOKUP_KEY = 'kashif.pendingLookup';

/** The text waiting to be looked up, taken (removed) so it is shown once; null when none. */
export async function takePendingLookup(b: Browser): Promise<string | null> {
  try {
    const got = await b.storage.session.get(PENDING_LOOKUP_KEY);
    const text = got[PENDING_LOOKUP_KEY];
    if (typeof text !== 'string' || !text.trim()) return null;
    await b.storage.session.remove(PENDING_LOOKUP_KEY);
    return text.trim().slice(0, 200);
  } catch {
    return null;
  }
}
