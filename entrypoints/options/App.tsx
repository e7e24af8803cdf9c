import { applyUiLang } from '../../app/lang';
import { t } from '../../lib/i18n';

export function OptionsApp() {
  const lang = applyUiLang(document, 'ar');
  return (
    <main class="k-page" data-testid="options">
      <header class="k-header">
        <h1>{t(lang, 'optionsTitle')}</h1>
      </header>
      <section aria-labelledby="about">
        <p>{t(lang, 'privacyNote')}</p>
        <p>{t(lang, 'dataCredit')}</p>
      </section>
    </main>
  );
}
