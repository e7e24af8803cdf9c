import type { Browser } from './browser-type';

type ChromeSidePanel = { open(o: { windowId?: number; tabId?: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox) from a click in the
 * popup. Both calls must happen inside the click, before any `await`, or the
 * browser refuses them for lack of a user gesture. webextension-polyfill does
 * not wrap `chrome.sidePanel`, hence the direct `chrome` object.
 */
export function openSidePanel(
  b: Browser,
  where: { windowId: number | null; tabId: number | null },
  chromeApi: { sidePanel?: ChromeSidePanel } | undefined = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } })
    .chrome,
): Promise<boolean> {
  const sidePanel = chromeApi?.sidePanel;
  if (sidePanel?.open) {
    const target =
      where.windowId !== null ? { windowId: where.windowId } : where.tabId !== null ? { tabId: where.tabId } : null;
    if (!target) return Promise.resolve(false);
    return sidePanel.open(target).then(
      () => true,
      () => false,
    );
  }
  const sidebar = (b as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar?.open) {
    return sidebar.open().then(
      () => true,
      () => false,
    );
  }
  return Promise.resolve(false);
}
