// The one form hook. What the guest types lives in the draft (src/ui/useDraft.ts: survives a reload and the
// back button), except fields marked secret (passwords), which live in memory only. One rule for errors:
// none before the first submit, then live on every change. An action's error that names a field of this
// form (`details.field`, docs/api.md) is shown at that field; any other is the step's action error.
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useTranslation } from "../i18n";
import { useDraft } from "./useDraft";
import { ApiError } from "../api/client";
import { fieldErrorMessage } from "./fieldError";

type Values = Record<string, string>;

export interface FormSpec<V extends Values> {
  /** The draft's key in this tab's storage; one key per form and session. */
  draft: string;
  initial: V;
  /** Fields never written to the draft (passwords). */
  secret?: ReadonlyArray<keyof V & string>;
  /** The client's checks (the backend's rules, src/api/rules.ts): a message per field, or per group, with a problem. */
  validate?: (values: V) => Partial<Record<string, string>>;
  /** Names that can carry an error without being a value: groups of controls (e.g. "birthDate"). */
  groups?: readonly string[];
  /** The last action's error (a mutation's `error`). */
  serverError?: unknown;
}

export interface Form<V extends Values> {
  values: V;
  set: (name: keyof V & string, value: string) => void;
  /** The error to show at a field or group now (after the first submit, or the backend's for that field). */
  error: (name: string) => string | undefined;
  /** Spread onto a Field or SelectField: value, onChange, error. */
  field: (name: keyof V & string) => {
    value: string;
    error: string | undefined;
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
  };
  /** The form's submit handler: marks it submitted, and calls `onValid` only when no field has a problem. */
  submit: (onValid: (values: V) => void) => (event: FormEvent) => void;
  submitted: boolean;
  /** Forgets the draft (after the step is done). */
  clear: () => void;
  /** The server error when it belongs at no field of this form: for ActionError. */
  actionError: unknown;
}

/** The field an API error belongs at: the one the backend names in `details.field` (docs/api.md), never guessed. */
function errorField(error: unknown): string | undefined {
  return error instanceof ApiError ? error.details.field || undefined : undefined;
}

function split<V extends Values>(values: V, secret: readonly string[]): [Partial<V>, Partial<V>] {
  const kept: Values = {};
  const hidden: Values = {};
  for (const [name, value] of Object.entries(values)) (secret.includes(name) ? hidden : kept)[name] = value;
  return [kept as Partial<V>, hidden as Partial<V>];
}

export function useForm<V extends Values>(spec: FormSpec<V>): Form<V> {
  const { t, i18n } = useTranslation();
  const secret = spec.secret ?? [];
  const [initialKept, initialHidden] = split(spec.initial, secret);
  const [kept, setKept, clear] = useDraft<Partial<V>>(spec.draft, initialKept);
  const [hidden, setHidden] = useState<Partial<V>>(initialHidden);
  const [submitted, setSubmitted] = useState(false);
  const values = { ...spec.initial, ...kept, ...hidden } as V;
  const problems = spec.validate?.(values) ?? {};

  const named = errorField(spec.serverError);
  const placed = named !== undefined && (named in spec.initial || spec.groups?.includes(named)) ? named : undefined;
  const serverMessage = placed ? (fieldErrorMessage(t, i18n.language, spec.serverError) ?? t("fieldErrors.rejected")) : undefined;

  const set = (name: keyof V & string, value: string) => {
    if (secret.includes(name)) setHidden((current) => ({ ...current, [name]: value }));
    else setKept({ ...kept, [name]: value });
  };
  const error = (name: string) => (submitted ? problems[name] : undefined) ?? (name === placed ? serverMessage : undefined);
  return {
    values,
    set,
    error,
    field: (name) => ({ value: values[name] ?? "", error: error(name), onChange: (event) => set(name, event.target.value) }),
    submit: (onValid) => (event) => {
      event.preventDefault();
      setSubmitted(true);
      if (Object.values(problems).every((problem) => !problem)) onValid(values);
    },
    submitted,
    clear,
    actionError: placed ? undefined : (spec.serverError ?? undefined),
  };
}
