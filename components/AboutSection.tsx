import { formatPartialDate } from '../lib/format/date';
import { type Fmt, formatNumber } from '../lib/format/locale';
import { t } from '../lib/i18n';
import type { EntityKind } from '../lib/kb/schema';
import { GROUPS } from './EntityGroups';
import { LinkedText } from './LinkedText';

interface Props {
  fmt: Fmt;
  version: string;
  kbAsOf: string;
  counts: Record<EntityKind, number>;
}

/** Version, the data's date and size, credits and the privacy promise. */
export function AboutSection({ fmt, version, kbAsOf, counts }: Props) {
  const { lang } = fmt;
  return (
    <div class="k-about">
      <dl class="k-facts">
        <div class="k-fact">
          <dt>{t(lang, 'aboutVersion')}</dt>
          <dd data-testid="version">
            <bdi dir="ltr">{version}</bdi>
          </dd>
        </div>
        <div class="k-fact">
          <dt>{t(lang, 'aboutKbAsOf')}</dt>
          <dd data-testid="kb-as-of">{formatPartialDate(kbAsOf, fmt) ?? kbAsOf}</dd>
        </div>
        <div class="k-fact">
          <dt>{t(lang, 'aboutKbCounts')}</dt>
          <dd>
            <ul class="k-counts">
              {GROUPS.map(({ kind, key }) => (
                <li key={kind}>
                  {t(lang, key)}: {formatNumber(counts[kind], fmt)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div class="k-fact">
          <dt>{t(lang, 'aboutCredits')}</dt>
          <dd>
            <LinkedText text={t(lang, 'dataCredit')} />
          </dd>
        </div>
        <div class="k-fact">
          <dt>{t(lang, 'aboutPrivacy')}</dt>
          <dd>{t(lang, 'privacyNote')}</dd>
        </div>
      </dl>
    </div>
  );
}
