import { type Lang, type MessageKey, t } from '../lib/i18n';

export interface ShortcutItem {
  name: string;
  shortcut: string;
  description: string;
}

/** Our names for the manifest's commands (the browser gives descriptions in its own language, not the reader's). */
const NAMES: Record<string, MessageKey> = {
  _execute_action: 'cmdOpenPopup',
  _execute_sidebar_action: 'cmdOpenPanel',
  'open-panel': 'cmdOpenPanel',
  'next-mention': 'cmdNextMention',
  'prev-mention': 'cmdPrevMention',
};

interface Props {
  lang: Lang;
  shortcuts: ShortcutItem[];
  firefox: boolean;
  onChange?: () => void;
}

/** The keyboard commands and their current keys, and where to change them. */
export function ShortcutList({ lang, shortcuts, firefox, onChange }: Props) {
  return (
    <div class="k-shortcuts">
      {shortcuts.length ? (
        <table class="k-table">
          <tbody>
            {shortcuts.map((s) => {
              const key = NAMES[s.name];
              return (
                <tr key={s.name} data-command={s.name}>
                  <th scope="row">{key ? t(lang, key) : s.description || s.name}</th>
                  <td>
                    {s.shortcut ? (
                      <bdi dir="ltr">
                        <kbd>{s.shortcut}</kbd>
                      </bdi>
                    ) : (
                      <span class="k-muted">{t(lang, 'shortcutNotSet')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <p class="k-help">{t(lang, firefox ? 'shortcutsHelpFirefox' : 'shortcutsHelpChrome')}</p>
      {onChange ? (
        <button type="button" class="k-btn" onClick={onChange}>
          {t(lang, 'changeShortcuts')}
        </button>
      ) : null}
    </div>
  );
}
