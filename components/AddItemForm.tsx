import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

interface Props {
  label: ComponentChildren;
  submitLabel: string;
  /** Checks and adds the text; returns the problem to show, or null (the field is then emptied). */
  onAdd: (text: string) => string | null;
  /** A problem from elsewhere (a refused permission), shown in the same place. */
  problem?: string | null;
  input: { dir: 'ltr' | 'auto'; inputMode?: 'url' | 'text'; maxLength?: number; spellcheck?: boolean };
  testId?: string;
}

/** A one-field "add" form (the reader's sites, the reader's spellings), with its problem announced. */
export function AddItemForm({ label, submitLabel, onAdd, problem = null, input, testId }: Props) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shown = error ?? problem;
  const submit = (e: Event) => {
    e.preventDefault();
    const p = onAdd(text);
    setError(p);
    if (!p) setText('');
  };
  return (
    <>
      <form class="k-inline-form" onSubmit={submit} noValidate data-testid={testId}>
        <div class="k-field">
          <label for={inputId}>{label}</label>
          <input
            id={inputId}
            class="k-input"
            type="text"
            dir={input.dir}
            inputMode={input.inputMode}
            maxLength={input.maxLength}
            autocomplete="off"
            spellcheck={input.spellcheck}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={shown ? errorId : undefined}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="k-btn k-btn--primary">
          {submitLabel}
        </button>
      </form>
      {shown ? (
        <p id={errorId} class="k-problem" role="alert">
          {shown}
        </p>
      ) : null}
    </>
  );
}
