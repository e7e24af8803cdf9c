import { hostIsIn, siteOf } from '../lib/format/host';
import { type Fmt, formatNumber } from '../lib/format/locale';
import { t } from '../lib/i18n';
import { AddItemForm } from './AddItemForm';
import { tx } from './tx';

interface Props {
  fmt: Fmt;
  builtin: readonly string[];
  added: readonly string[];
  disabled: readonly string[];
  /** Called inside the submit, so the host permission can be asked for right away. */
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
  onToggle: (site: string, on: boolean) => void;
  /** An error from the last change (e.g. permission refused), shown under the form. */
  problem?: string | null;
}

/** Where Kashif runs: the built-in sites (each can be turned off), and the reader's own. */
export function SitesEditor({ fmt, builtin, added, disabled, onAdd, onRemove, onToggle, problem }: Props) {
  const { lang } = fmt;
  const isOff = (site: string) => disabled.some((d) => hostIsIn(site, d));

  const add = (text: string): string | null => {
    const site = siteOf(text);
    if (!site) return t(lang, 'invalidHost');
    if (builtin.some((b) => hostIsIn(site, b))) return t(lang, 'alreadyBuiltin');
    if (added.includes(site)) return t(lang, 'alreadyAdded');
    onAdd(site);
    return null;
  };
  const toggle = (site: string) => (
    <label class="k-check">
      <input
        type="checkbox"
        checked={!isOff(site)}
        onChange={(e) => onToggle(site, (e.currentTarget as HTMLInputElement).checked)}
      />
      <bdi dir="ltr">{site}</bdi>
    </label>
  );
  return (
    <div class="k-sites">
      <details class="k-builtin">
        <summary>{t(lang, 'builtinSites', formatNumber(builtin.length, fmt))}</summary>
        <p class="k-help">{t(lang, 'builtinHelp')}</p>
        <ul class="k-site-grid">
          {builtin.map((site) => (
            <li key={site}>{toggle(site)}</li>
          ))}
        </ul>
      </details>
      <h3>{t(lang, 'yourSites')}</h3>
      {added.length ? (
        <ul class="k-site-list">
          {added.map((site) => (
            <li key={site} data-site={site}>
              {toggle(site)}
              <button type="button" class="k-btn k-btn--small" onClick={() => onRemove(site)}>
                {tx(lang, 'removeSite', <bdi dir="ltr">{site}</bdi>)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="k-muted">{t(lang, 'noYourSites')}</p>
      )}
      <AddItemForm
        label={t(lang, 'addSiteLabel')}
        submitLabel={t(lang, 'addSite')}
        onAdd={add}
        problem={problem}
        input={{ dir: 'ltr', inputMode: 'url', spellcheck: false }}
      />
    </div>
  );
}
