import type { Entity } from '../kb/schema';
import { OPEN_WEIGHTS } from '../kb/schema';
import type { HighlightStyle } from './highlight-style';

/** Which highlight an entity gets (kept apart so the content script does not bundle the KB schema). */
export function highlightStyleOf(e: Entity): HighlightStyle {
  if (e.kind === 'organization') return 'org';
  if (e.kind === 'model' && e.openness) return OPEN_WEIGHTS.has(e.openness) ? 'open' : 'closed';
  return 'other';
}
