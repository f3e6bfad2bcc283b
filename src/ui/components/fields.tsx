/** Native form controls in NL Design System (Utrecht) markup. */
import type { ComponentChildren } from 'preact';

export function Fieldset({
  legend,
  description,
  descriptionId,
  children,
  class: className,
  invalid,
}: {
  legend: ComponentChildren;
  description?: ComponentChildren;
  descriptionId?: string;
  children: ComponentChildren;
  class?: string;
  invalid?: boolean;
}) {
  return (
    <fieldset
      class={`utrecht-form-fieldset${invalid ? ' utrecht-form-fieldset--invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={description && descriptionId ? descriptionId : undefined}
    >
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {description && (
        <p class="utrecht-form-field-description" id={descriptionId}>
          {description}
        </p>
      )}
      {children}
    </fieldset>
  );
}

type ChoiceProps = {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: ComponentChildren;
  onChange: (checked: boolean, input: HTMLInputElement) => void;
  describedBy?: string;
  /** A long answer on a row of its own, after the short ones. */
  wide?: boolean;
};

/** One radio button or checkbox with its label; the whole box is the click target. */
export function Choice({ type, id, name, value, checked, label, onChange, describedBy, wide }: ChoiceProps) {
  return (
    <div
      class={`utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'} ms-choice${wide ? ' ms-choice--wide' : ''}`}
    >
      <input
        class={type === 'radio' ? 'utrecht-radio-button' : 'utrecht-checkbox'}
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked, event.currentTarget)}
      />
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
    </div>
  );
}

/**
 * A list of choices. "row": side by side, wrapping on a narrow screen; "scale": one row on a wide
 * screen, a column (in scale order) on a narrow one; "column": always under each other.
 */
export type ChoiceListLayout = 'row' | 'scale' | 'column';

export function ChoiceList({
  children,
  layout = 'row',
  count,
}: {
  children: ComponentChildren;
  layout?: ChoiceListLayout;
  count?: number;
}) {
  return (
    <div class={`ms-choices ms-choices--${layout}`} data-count={count}>
      {children}
    </div>
  );
}

export function FormField({
  label,
  id,
  description,
  children,
}: {
  label: ComponentChildren;
  id: string;
  description?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      {description && (
        <p class="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </p>
      )}
      {children}
    </div>
  );
}

export function Select({
  id,
  value,
  onChange,
  children,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  children: ComponentChildren;
  describedBy?: string;
}) {
  return (
    <select
      id={id}
      class="utrecht-select"
      value={value}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      {children}
    </select>
  );
}
