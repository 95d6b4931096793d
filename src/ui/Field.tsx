import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled input whose help and error are tied to it (aria-describedby) and whose error is announced. */
export function Field({
  id,
  label,
  help,
  error,
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; help?: string; error?: string; children?: ReactNode }) {
  const described = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
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
      {children}
    </div>
  );
}
