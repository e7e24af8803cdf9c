import { useId } from 'preact/hooks';

interface Props<V extends string> {
  legend: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  help?: string;
}

/** A labelled group of radio buttons (a `<fieldset>`): arrow keys move between options natively. */
export function ChoiceGroup<V extends string>({ legend, value, options, onChange, help }: Props<V>) {
  const name = useId();
  const helpId = useId();
  return (
    <fieldset class="k-choice" aria-describedby={help ? helpId : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="k-radio">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {help ? (
        <p id={helpId} class="k-help">
          {help}
        </p>
      ) : null}
    </fieldset>
  );
}
