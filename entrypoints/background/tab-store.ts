import { TabState } from '../../lib/messages';
import { z } from '../../lib/zod';

type StorageArea = {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

const Stored = z.object({ state: TabState, at: z.number() });

/**
 * Per-tab page state kept in `storage.session`, so it survives the Chrome service
 * worker being stopped and restarted during a page's life. Corrupted entries are
 * dropped, never thrown.
 */
export function createTabStore(area: StorageArea) {
  const key = (tabId: number) => `tab:${tabId}`;
  let clock = 0;
  return {
    async set(tabId: number, state: TabState) {
      clock = Math.max(Date.now(), clock + 1);
      await area.set({ [key(tabId)]: { state, at: clock } });
    },
    async get(tabId: number | null): Promise<TabState | null> {
      if (tabId === null) return null;
      const raw = (await area.get(key(tabId)))[key(tabId)];
      const parsed = Stored.safeParse(raw);
      return parsed.success ? parsed.data.state : null;
    },
    /** The most recently reported page, for a panel opened where no page is active. */
    async latest(): Promise<TabState | null> {
      const all = await area.get(null);
      let best: { state: TabState; at: number } | null = null;
      for (const [k, v] of Object.entries(all)) {
        if (!k.startsWith('tab:')) continue;
        const parsed = Stored.safeParse(v);
        if (parsed.success && (!best || parsed.data.at > best.at)) best = parsed.data;
      }
      return best?.state ?? null;
    },
    async remove(tabId: number) {
      await area.remove(key(tabId));
    },
  };
}
