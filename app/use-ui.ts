import { useEffect, useState } from 'preact/hooks';
import type { Fmt } from '../lib/format/locale';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { applyTheme, applyUiLang } from './lang';
import { onSettingsChanged, readSettings } from './settings';

export interface Ui {
  /** False until the stored settings have been read (render nothing or a spinner meanwhile). */
  ready: boolean;
  fmt: Fmt;
  settings: Settings;
  /** Stored values that were invalid and replaced by defaults (shown by the options page). */
  problems: string[];
}

/**
 * The reader's settings for an extension page, kept current, with the interface
 * language, direction and theme applied to the document whenever they change.
 */
export function useUi(doc: Document): Ui {
  const [state, setState] = useState<{ ready: boolean; settings: Settings; problems: string[] }>({
    ready: false,
    settings: DEFAULT_SETTINGS,
    problems: [],
  });
  useEffect(() => {
    let alive = true;
    void readSettings().then((r) => alive && setState({ ready: true, settings: r.settings, problems: r.problems }));
    const stop = onSettingsChanged((settings) => setState((s) => ({ ...s, ready: true, settings })));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const lang = applyUiLang(doc, state.settings.uiLanguage);
  applyTheme(doc, state.settings.theme);
  return { ...state, fmt: { lang, digits: state.settings.digits } };
}
