// Every form control of the app: a label, the control, its help and its error, tied together
// (aria-describedby, aria-invalid) and the error announced. Inputs, selects, and groups of controls that
// answer one question together (a fieldset with a legend, e.g. a birth date's day, month and year).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

interface FieldFrame {
  id: string;
  label: string;
  help?: string;
  error?: string;
  /** Marked invalid without a message of its own (a control in a group whose error the group shows). */
  invalid?: boolean;
  children?: ReactNode;
}

function describedBy(id: string, help?: string, error?: string): string | undefined {
  return [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function Messages({ id, help, error }: { id: string; help?: string; error?: string }) {
  return (
    <>
      {help ? (
        <p id={`${id}-help`} className="muted">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input whose help and error are tied to it (aria-describedby) and whose error is announced. */
export function Field({ id, label, help, error, invalid, children, ...input }: InputHTMLAttributes<HTMLInputElement> & FieldFrame) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error || invalid ? true : undefined} aria-describedby={describedBy(id, help, error)} {...input} />
      <Messages id={id} help={help} error={error} />
      {children}
    </div>
  );
}

/** A labelled select: `placeholder` is the empty first option ("Choose…"). */
export function SelectField({
  id,
  label,
  help,
  error,
  invalid,
  children,
  options,
  placeholder,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> &
  FieldFrame & { options: ReadonlyArray<{ value: string; label: string }>; placeholder?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error || invalid ? true : undefined} aria-describedby={describedBy(id, help, error)} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages id={id} help={help} error={error} />
      {children}
    </div>
  );
}

/** Controls that answer one question together: a fieldset whose legend is the question and whose error is the group's. */
export function FieldGroup({
  id,
  legend,
  help,
  error,
  className,
  children,
}: {
  id: string;
  legend: string;
  help?: string;
  error?: string;
  /** The layout of the controls inside (e.g. "date-fields"). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset aria-describedby={describedBy(id, help, error)}>
      <legend>{legend}</legend>
      <div className={className}>{children}</div>
      <Messages id={id} help={help} error={error} />
    </fieldset>
  );
}
