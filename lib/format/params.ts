import type { Parameters } from '../kb/schema';
import { type Fmt, formatNumber } from './locale';

/** A parameter count, short: "117B" / "117 مليار" / "١١٧ مليار". */
export function formatParamCount(n: number, fmt: Fmt): string {
  return formatNumber(n, fmt, {
    notation: 'compact',
    compactDisplay: fmt.lang === 'ar' ? 'long' : 'short',
    maximumSignificantDigits: 3,
  });
}

export interface FormattedParameters {
  /** Total parameters; "~" in front when the figure is an estimate or a rumour. */
  total: string;
  /** Parameters active per token (mixture-of-experts models), else null. */
  active: string | null;
  confidence: Parameters['confidence'];
}

/** A model's size for display. Estimates and rumours carry "~"; the rumour label is the card's job. */
export function formatParameters(p: Parameters, fmt: Fmt): FormattedParameters {
  const approx = p.confidence === 'official' ? '' : '~';
  return {
    total: `${approx}${formatParamCount(p.total, fmt)}`,
    active: p.active === null ? null : `${approx}${formatParamCount(p.active, fmt)}`,
    confidence: p.confidence,
  };
}
