import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createHoverCardHost } from './content/hover-card';

// The hover card's UI, injected by the background into an article page (the content
// script's isolated world) the first time a card is shown. Wiring only.
export default defineUnlistedScript(() => {
  (globalThis as { __kashifHoverCard?: typeof createHoverCardHost }).__kashifHoverCard = createHoverCardHost;
});
