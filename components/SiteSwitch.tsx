import { type Lang, t } from '../lib/i18n';
import { tx } from './tx';

interface Props {
  lang: Lang;
  site: string;
  on: boolean;
  busy?: boolean;
  /** Called inside the click, so a permission prompt may follow synchronously. */
  onChange: (next: boolean) => void;
}

/** Kashif on or off for a site: a switch (role="switch") labelled with the site's name. */
export function SiteSwitch({ lang, site, on, busy, onChange }: Props) {
  return (
    <button
      type="button"
      role="switch"
      class="k-switch"
      aria-checked={on}
      aria-label={t(lang, 'siteSwitch', site)}
      disabled={busy}
      onClick={() => onChange(!on)}
    >
      <span class="k-switch-track" aria-hidden="true">
        <span class="k-switch-thumb" />
      </span>
      <span class="k-switch-label">{tx(lang, 'siteSwitch', <bdi dir="ltr">{site}</bdi>)}</span>
    </button>
  );
}
