import { type Lang, t } from '../lib/i18n';
import { type BadgeTone, ToneIcon } from './OpennessBadge';

const TONES: BadgeTone[] = ['open', 'closed', 'org', 'other'];

/**
 * What the colours on the page mean. The samples use the same colours as the
 * page's CSS custom highlights `kashif-open`, `kashif-closed`, `kashif-org` and
 * `kashif-other` (lib/article/highlight-style.ts).
 */
export function HighlightLegend({
  lang,
  style = 'background',
}: {
  lang: Lang;
  style?: 'background' | 'underline' | 'none';
}) {
  return (
    <details class="k-legend">
      <summary>{t(lang, 'legendTitle')}</summary>
      <ul>
        {TONES.map((tone) => (
          <li key={tone} data-highlight={`kashif-${tone}`}>
            <span class={`k-swatch k-swatch--${tone}${style === 'underline' ? ' k-swatch--underline' : ''}`}>
              <ToneIcon tone={tone} />
              {lang === 'ar' ? 'أبجد' : 'Abc'}
            </span>{' '}
            {t(lang, `legend_${tone}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
