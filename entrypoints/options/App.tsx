import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isFirefox, openShortcutSettings, readShortcuts, type Shortcut } from '../../app/commands';
import { downloadText } from '../../app/download';
import { getKb, kbStats, searchEntities, warmSearch } from '../../app/kb';
import { updateSettings, writeSettings } from '../../app/settings';
import { setSiteEnabled } from '../../app/site-control';
import { withAlias, withoutSite } from '../../app/site-settings';
import { useUi } from '../../app/use-ui';
import { AboutSection } from '../../components/AboutSection';
import { AliasEditor, type AliasEntity } from '../../components/AliasEditor';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ProblemList } from '../../components/ProblemList';
import { type ImportOutcome, SettingsFile } from '../../components/SettingsFile';
import { ShortcutList } from '../../components/ShortcutList';
import { SitesEditor } from '../../components/SitesEditor';
import { type Lang, t } from '../../lib/i18n';
import { spellingsOf } from '../../lib/kb/validate';
import { exportSettings, importSettings, type Settings } from '../../lib/settings';
import { BUILTIN_SITES } from '../../lib/sites';

function Section({ title, children, id }: { title: string; children: ComponentChildren; id: string }) {
  const headingId = useId();
  return (
    <section class="k-section" aria-labelledby={headingId} data-section={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

function entityOf(id: string): AliasEntity | null {
  const e = getKb().byId.get(id);
  return e ? { id: e.id, name: e.name, nameAr: e.nameAr, known: spellingsOf(e) } : null;
}

/** importSettings' English errors, in the reader's language. */
function importError(lang: Lang, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (msg === 'not a JSON file') return t(lang, 'importNotJson');
  if (msg === 'not a Kashif settings file') return t(lang, 'importNotOurs');
  return msg;
}

export function OptionsApp() {
  const ui = useUi(document);
  const { fmt, settings } = ui;
  const { lang } = fmt;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [siteProblem, setSiteProblem] = useState<string | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const delayId = useId();

  useEffect(() => {
    document.title = t(lang, 'optionsTitle');
  }, [lang]);
  useEffect(() => {
    void readShortcuts(browser).then(setShortcuts);
  }, []);
  useEffect(() => warmSearch(window), []);

  const saved = (p: Promise<unknown>) =>
    p.then(
      () => setStatus({ ok: true, text: t(lang, 'saved') }),
      (e) => setStatus({ ok: false, text: t(lang, 'saveFailed', String(e)) }),
    );
  const change = (fn: (s: Settings) => Settings) => void saved(updateSettings(fn));
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => change((s) => ({ ...s, [key]: value }));

  const changeSite = (site: string, enabled: boolean) => {
    setSiteProblem(null);
    // The permission prompt for a new site starts inside this click or submit.
    void saved(
      setSiteEnabled(browser, { site, enabled, settings, tabId: null, save: writeSettings }).then((r) => {
        if (r === 'denied') setSiteProblem(t(lang, 'permissionDenied'));
      }),
    );
  };
  const removeSite = (site: string) => {
    change((s) => withoutSite(s, site));
    void browser.permissions.remove({ origins: [`*://*.${site}/*`] }).catch(() => false);
  };
  const onImport = async (text: string): Promise<ImportOutcome> => {
    try {
      const result = importSettings(text);
      await writeSettings(result.settings);
      return { ok: true, problems: result.problems };
    } catch (e) {
      return { ok: false, error: importError(lang, e) };
    }
  };
  const stats = kbStats();

  if (!ui.ready) return <main class="k-page k-options" data-testid="options" aria-busy="true" />;
  return (
    <main class="k-page k-options" data-testid="options">
      <header class="k-header">
        <h1>{t(lang, 'optionsTitle')}</h1>
        <p class="k-save-status" role="status" data-testid="save-status">
          {status?.text ?? ''}
        </p>
      </header>
      <ProblemList lang={lang} problems={ui.problems} />

      <Section id="interface" title={t(lang, 'sectionInterface')}>
        <ChoiceGroup
          legend={t(lang, 'uiLanguage')}
          value={settings.uiLanguage}
          options={[
            { value: 'ar', label: t(lang, 'lang_ar') },
            { value: 'en', label: t(lang, 'lang_en') },
            { value: 'auto', label: t(lang, 'lang_auto') },
          ]}
          onChange={(v) => set('uiLanguage', v)}
        />
        <ChoiceGroup
          legend={t(lang, 'digits')}
          value={settings.digits}
          options={[
            { value: 'arab', label: t(lang, 'digits_arab') },
            { value: 'latn', label: t(lang, 'digits_latn') },
          ]}
          onChange={(v) => set('digits', v)}
        />
        <ChoiceGroup
          legend={t(lang, 'theme')}
          value={settings.theme}
          options={[
            { value: 'auto', label: t(lang, 'theme_auto') },
            { value: 'light', label: t(lang, 'theme_light') },
            { value: 'dark', label: t(lang, 'theme_dark') },
          ]}
          onChange={(v) => set('theme', v)}
        />
      </Section>

      <Section id="highlights" title={t(lang, 'sectionHighlights')}>
        <ChoiceGroup
          legend={t(lang, 'highlightStyle')}
          value={settings.highlightStyle}
          options={[
            { value: 'background', label: t(lang, 'style_background') },
            { value: 'underline', label: t(lang, 'style_underline') },
            { value: 'none', label: t(lang, 'style_none') },
          ]}
          onChange={(v) => set('highlightStyle', v)}
        />
        <ChoiceGroup
          legend={t(lang, 'density')}
          value={settings.density}
          options={[
            { value: 'all', label: t(lang, 'density_all') },
            { value: 'first', label: t(lang, 'density_first') },
          ]}
          onChange={(v) => set('density', v)}
        />
      </Section>

      <Section id="hover" title={t(lang, 'sectionHoverCard')}>
        <label class="k-check">
          <input
            type="checkbox"
            checked={settings.hoverCard}
            onChange={(e) => set('hoverCard', (e.currentTarget as HTMLInputElement).checked)}
          />
          {t(lang, 'hoverCardOn')}
        </label>
        <div class="k-field">
          <label for={delayId}>{t(lang, 'hoverDelay')}</label>
          <input
            id={delayId}
            class="k-input k-input--number"
            type="number"
            min={0}
            max={3000}
            step={50}
            dir="ltr"
            disabled={!settings.hoverCard}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const v = Math.round(Number((e.currentTarget as HTMLInputElement).value));
              if (Number.isFinite(v)) set('hoverDelayMs', Math.min(3000, Math.max(0, v)));
            }}
          />
        </div>
      </Section>

      <Section id="sites" title={t(lang, 'sectionSites')}>
        <SitesEditor
          fmt={fmt}
          builtin={BUILTIN_SITES}
          added={settings.addedSites}
          disabled={settings.disabledSites}
          onAdd={(site) => changeSite(site, true)}
          onRemove={removeSite}
          onToggle={(site, on) => changeSite(site, on)}
          problem={siteProblem}
        />
      </Section>

      <Section id="aliases" title={t(lang, 'sectionAliases')}>
        <p class="k-help">{t(lang, 'aliasesHelp')}</p>
        <AliasEditor
          fmt={fmt}
          aliases={settings.userAliases}
          search={(q) => searchEntities(q, 8)}
          entityOf={entityOf}
          onAdd={(id, alias) => change((s) => withAlias(s, id, alias, true))}
          onRemove={(id, alias) => change((s) => withAlias(s, id, alias, false))}
        />
      </Section>

      <Section id="shortcuts" title={t(lang, 'sectionShortcuts')}>
        <ShortcutList
          lang={lang}
          shortcuts={shortcuts}
          firefox={isFirefox(browser)}
          onChange={() => void openShortcutSettings(browser)}
        />
      </Section>

      <Section id="file" title={t(lang, 'sectionFile')}>
        <SettingsFile
          lang={lang}
          onExport={() =>
            downloadText(document, 'kashif-settings.json', exportSettings(settings), 'application/json;charset=utf-8')
          }
          onImport={onImport}
        />
      </Section>

      <Section id="about" title={t(lang, 'sectionAbout')}>
        <AboutSection
          fmt={fmt}
          version={browser.runtime.getManifest().version}
          kbAsOf={stats.asOf}
          counts={stats.counts}
        />
      </Section>
    </main>
  );
}
