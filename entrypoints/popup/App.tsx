import { listItems } from '../../app/entities';
import { applyUiLang } from '../../app/lang';
import { useTabState } from '../../app/tab-state';
import { EntityList } from '../../components/EntityList';
import { t } from '../../lib/i18n';

export function PopupApp() {
  const lang = applyUiLang(document, 'ar');
  const { state, loading } = useTabState();
  return (
    <main class="k-page k-popup" data-testid="popup" style={{ minWidth: '320px' }}>
      <header class="k-header">
        <h1>{t(lang, 'popupTitle')}</h1>
      </header>
      {loading ? null : state ? (
        <EntityList lang={lang} items={listItems(state.entities)} />
      ) : (
        <p class="k-empty">{t(lang, 'waitingForPage')}</p>
      )}
    </main>
  );
}
