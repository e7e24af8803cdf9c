import { OPEN_WEIGHTS, type Openness } from '../kb/schema';

/**
 * Open or closed, as the card's badge and the highlight colours show it: weights
 * one can download (whatever the licence's limits) are open; API-only, hosted
 * and unreleased models are closed.
 */
export type OpennessClass = 'open' | 'closed';

export function opennessClass(o: string | null | undefined): OpennessClass | null {
  if (!o) return null;
  return OPEN_WEIGHTS.has(o as Openness) ? 'open' : 'closed';
}

/** The i18n key naming each openness value. */
export const OPENNESS_KEYS = {
  'open-source': 'openness_open_source',
  'open-weights': 'openness_open_weights',
  'open-weights-restricted': 'openness_open_weights_restricted',
  'open-weights-noncommercial': 'openness_open_weights_noncommercial',
  api: 'openness_api',
  hosted: 'openness_hosted',
  unreleased: 'openness_unreleased',
} as const satisfies Record<Openness, string>;

export function opennessKey(o: string): (typeof OPENNESS_KEYS)[Openness] | null {
  return (OPENNESS_KEYS as Record<string, (typeof OPENNESS_KEYS)[Openness]>)[o] ?? null;
}
