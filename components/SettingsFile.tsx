import { useId, useState } from 'preact/hooks';
import { type Lang, t } from '../lib/i18n';

export type ImportOutcome = { ok: true; problems: string[] } | { ok: false; error: string };

interface Props {
  lang: Lang;
  onExport: () => void;
  /** Reads a file's text; nothing is applied unless it answers ok. */
  onImport: (text: string) => Promise<ImportOutcome>;
}

/** A settings file is at most a few kilobytes; anything far bigger is not ours. */
const MAX_BYTES = 1_000_000;

/** Export the settings to a file, import them from one; errors say what went wrong and change nothing. */
export function SettingsFile({ lang, onExport, onImport }: Props) {
  const inputId = useId();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string; problems?: string[] } | null>(null);
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > MAX_BYTES) {
        setStatus({ kind: 'error', text: t(lang, 'importFailed', t(lang, 'importTooBig')) });
        return;
      }
      const outcome = await onImport(await file.text());
      if (outcome.ok) {
        setStatus(
          outcome.problems.length
            ? { kind: 'ok', text: t(lang, 'importPartial'), problems: outcome.problems }
            : { kind: 'ok', text: t(lang, 'importOk') },
        );
      } else setStatus({ kind: 'error', text: t(lang, 'importFailed', outcome.error) });
    } finally {
      input.value = '';
    }
  };
  return (
    <div class="k-file">
      <div class="k-actions">
        <button type="button" class="k-btn" onClick={onExport}>
          {t(lang, 'exportSettings')}
        </button>
        <label for={inputId} class="k-btn k-file-label">
          {t(lang, 'importSettings')}
        </label>
        <input
          id={inputId}
          class="k-file-input"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <div role={status?.kind === 'error' ? 'alert' : 'status'} class={status?.kind === 'error' ? 'k-problem' : ''}>
        {status ? <p data-testid="import-status">{status.text}</p> : null}
        {status?.problems?.length ? (
          <ul>
            {status.problems.map((p) => (
              <li key={p}>
                <bdi dir="ltr">
                  <code>{p}</code>
                </bdi>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
