// P6 (spec §4.6, docs/decisions/0010): create a personal Microsoft account with the invited address.
// The backend holds the wizard's step and what was submitted; what is typed but not yet submitted lives in
// a draft that survives a reload and the back button (the password never does).
import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import type { SessionView, SignupStep } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { birthDateProblem, countryCodes, nameProblem, passwordProblems, type PasswordProblem } from "../../api/rules";
import { Card } from "../../ui/Card";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { Field } from "../../ui/Field";
import { fieldErrorMessage } from "../../ui/fieldError";
import { StepHeading } from "../../ui/StepHeading";
import { useDraft } from "../../ui/useDraft";

const STEPS: SignupStep[] = ["password", "verify", "name", "profile"];
type Action = ReturnType<typeof useSessionAction>;
type Signup = NonNullable<SessionView["signup"]>;

export function CreateAccountStep({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const action = useSessionAction(session.id);
  const signup = session.signup;
  if (!signup)
    return (
      <Card>
        <ErrorPanel error={{ code: "Unknown" }} />
      </Card>
    );
  const index = STEPS.indexOf(signup.step);
  const props = { session, signup, action, draftKey: `signup/${session.id}` };
  const forms: Record<SignupStep, ReactNode> = {
    password: <PasswordForm {...props} />,
    verify: <VerifyForm {...props} />,
    name: <NameForm {...props} />,
    profile: <ProfileForm {...props} />,
  };
  return (
    <Card organization={session.invitation.organization.name}>
      <p className="muted">{t("signup.heading")}</p>
      <p className="muted">{t("signup.stepOf", { current: index + 1, total: STEPS.length })}</p>
      {/* Keyed by step: each step mounts fresh and moves focus to its own heading. */}
      <div key={signup.step}>{forms[signup.step]}</div>
      {index > 0 ? (
        <p>
          <button type="button" className="link-button" disabled={action.isPending} onClick={() => action.mutate({ kind: "signup/back" })}>
            {t("signup.back")}
          </button>
        </p>
      ) : null}
    </Card>
  );
}

interface FormProps {
  session: SessionView;
  signup: Signup;
  action: Action;
  draftKey: string;
}

function ServerError({ action, known }: { action: Action; known?: string }) {
  if (!action.isError || known) return null;
  return <ErrorPanel inline error={action.error} />;
}

function PasswordForm({ session, signup, action }: FormProps) {
  const { t, i18n } = useTranslation();
  const [password, setPassword] = useState("");
  const [show, setShow] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const problems = passwordProblems(password, signup.email);
  const serverError = fieldErrorMessage(t, i18n.language, action.error);
  const error = submitted && problems.length > 0 ? t("fieldErrors.PasswordRejected") : serverError;
  const rules: PasswordProblem[] = ["length", "variety", "containsEmail"];

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length === 0) action.mutate({ kind: "signup/password", password });
  }
  return (
    <form onSubmit={submit} noValidate>
      <StepHeading>{t("signup.passwordHeading")}</StepHeading>
      <p>{t("signup.intro", { email: signup.email, org: session.invitation.organization.name })}</p>
      <Field id="signup-email" label={t("signup.email")} value={signup.email} readOnly />
      <Field
        id="signup-password"
        label={t("signup.password")}
        type={show ? "text" : "password"}
        autoComplete="new-password"
        value={password}
        error={error}
        help={t("signup.passwordNotKept")}
        onChange={(e) => setPassword(e.target.value)}
      >
        <label className="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} /> {t("signup.showPassword")}
        </label>
      </Field>
      <p id="rules-title">{t("signup.rulesTitle")}</p>
      <ul className="rules" aria-labelledby="rules-title">
        {rules.map((rule) => {
          const met = !problems.includes(rule);
          return (
            <li key={rule} className={met ? "met" : undefined}>
              {t(`signup.rule_${rule}`)} <span className="sr-only">({met ? t("signup.ruleMet") : t("signup.ruleNotMet")})</span>
            </li>
          );
        })}
      </ul>
      <ServerError action={action} known={serverError} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.isPending}>
          {t("signup.next")}
        </button>
      </div>
    </form>
  );
}

function VerifyForm({ signup, action, draftKey }: FormProps) {
  const { t, i18n } = useTranslation();
  const [code, setCode, clear] = useDraft(`${draftKey}/code`, "");
  const error = fieldErrorMessage(t, i18n.language, action.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    action.mutate({ kind: "signup/verify", code }, { onSuccess: clear });
  }
  return (
    <form onSubmit={submit} noValidate>
      <StepHeading>{t("signup.verifyHeading")}</StepHeading>
      <p>{t("signup.verifyBody", { email: signup.email })}</p>
      <Field
        id="signup-code"
        label={t("signup.codeLabel")}
        help={t("passcode.codeHelp", { count: signup.codeLength })}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        error={error}
        onChange={(e) => setCode(e.target.value)}
      />
      <ServerError action={action} known={error} />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={action.isPending}
          onClick={() => action.mutate({ kind: "signup/resend-code" })}
        >
          {t("signup.resend")}
        </button>
        <button type="submit" className="primary" disabled={action.isPending}>
          {t("signup.next")}
        </button>
      </div>
    </form>
  );
}

function NameForm({ signup, action, draftKey }: FormProps) {
  const { t } = useTranslation();
  const [first, setFirst, clearFirst] = useDraft(`${draftKey}/firstName`, signup.firstName ?? "");
  const [last, setLast, clearLast] = useDraft(`${draftKey}/lastName`, signup.lastName ?? "");
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const problem = (field: string, value: string) => {
    const found = touched[field] ? nameProblem(value) : undefined;
    return found ? t(`fieldErrors.${found}`) : undefined;
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched({ first: true, last: true });
    if (nameProblem(first) || nameProblem(last)) return;
    action.mutate({ kind: "signup/name", firstName: first, lastName: last }, { onSuccess: () => (clearFirst(), clearLast()) });
  }
  return (
    <form onSubmit={submit} noValidate>
      <StepHeading>{t("signup.nameHeading")}</StepHeading>
      <Field
        id="signup-first"
        label={t("signup.firstName")}
        autoComplete="given-name"
        value={first}
        error={problem("first", first)}
        onChange={(e) => (setFirst(e.target.value), setTouched((s) => ({ ...s, first: true })))}
      />
      <Field
        id="signup-last"
        label={t("signup.lastName")}
        autoComplete="family-name"
        value={last}
        error={problem("last", last)}
        onChange={(e) => (setLast(e.target.value), setTouched((s) => ({ ...s, last: true })))}
      />
      <ServerError action={action} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.isPending}>
          {t("signup.next")}
        </button>
      </div>
    </form>
  );
}

function splitDate(iso: string | undefined) {
  const [year = "", month = "", day = ""] = (iso ?? "").split("-");
  return { year, month: month.replace(/^0/, ""), day: day.replace(/^0/, "") };
}

function ProfileForm({ signup, action, draftKey }: FormProps) {
  const { t, i18n } = useTranslation();
  const initial = splitDate(signup.birthDate);
  const [country, setCountry, clearCountry] = useDraft(`${draftKey}/country`, signup.country ?? "");
  const [date, setDate, clearDate] = useDraft(`${draftKey}/birthDate`, initial);
  const [submitted, setSubmitted] = useState(false);
  const [today] = useState(() => new Date());
  const names = useMemo(() => new Intl.DisplayNames([i18n.language], { type: "region" }), [i18n.language]);
  const countries = useMemo(
    () =>
      countryCodes()
        .map((code) => ({ code, name: names.of(code) ?? code }))
        .toSorted((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [names, i18n.language],
  );
  const months = useMemo(
    () => Array.from({ length: 12 }, (_, i) => formatDate(Date.UTC(2000, i, 1), i18n.language, "month")),
    [i18n.language],
  );
  const iso = `${date.year.padStart(4, "0")}-${date.month.padStart(2, "0")}-${date.day.padStart(2, "0")}`;
  const complete = date.year !== "" && date.month !== "" && date.day !== "";
  const dateProblem = !complete ? "Incomplete" : birthDateProblem(iso, today);
  const dateKey = { Incomplete: "dateIncomplete", invalid: "dateInvalid", future: "dateFuture", tooOld: "dateTooOld" } as const;
  const showDate = submitted || complete;
  const dateError = showDate && dateProblem ? t(`fieldErrors.${dateKey[dateProblem]}`) : undefined;
  const countryError = submitted && !country ? t("fieldErrors.countryRequired") : undefined;
  const serverError = action.isError ? fieldErrorMessage(t, i18n.language, action.error) : undefined;

  /** The day and year boxes: digits only, at most `length` of them. */
  const digitsField = (part: "day" | "year", length: number, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`signup-${part}`}>{t(`signup.${part}`)}</label>
      <input
        id={`signup-${part}`}
        inputMode="numeric"
        autoComplete={autoComplete}
        value={date[part]}
        aria-invalid={dateError ? true : undefined}
        onChange={(e) => setDate({ ...date, [part]: e.target.value.replace(/\D/g, "").slice(0, length) })}
      />
    </div>
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!country || dateProblem) return;
    action.mutate({ kind: "signup/profile", country, birthDate: iso }, { onSuccess: () => (clearCountry(), clearDate()) });
  }
  return (
    <form onSubmit={submit} noValidate>
      <StepHeading>{t("signup.profileHeading")}</StepHeading>
      <div className="field">
        <label htmlFor="signup-country">{t("signup.country")}</label>
        <select
          id="signup-country"
          value={country}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? "signup-country-error" : undefined}
          onChange={(e) => setCountry(e.target.value)}
        >
          <option value="">{t("signup.chooseCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {countryError ? (
          <p id="signup-country-error" className="field-error" role="alert">
            {countryError}
          </p>
        ) : null}
      </div>
      <fieldset aria-describedby={dateError ? "signup-date-error" : undefined}>
        <legend>{t("signup.birthDate")}</legend>
        <div className="date-fields">
          {digitsField("day", 2, "bday-day")}
          <div className="field">
            <label htmlFor="signup-month">{t("signup.month")}</label>
            <select
              id="signup-month"
              value={date.month}
              aria-invalid={dateError ? true : undefined}
              onChange={(e) => setDate({ ...date, month: e.target.value })}
            >
              <option value="">{t("signup.chooseMonth")}</option>
              {months.map((name, i) => (
                <option key={name} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          {digitsField("year", 4, "bday-year")}
        </div>
        {dateError ? (
          <p id="signup-date-error" className="field-error" role="alert">
            {dateError}
          </p>
        ) : null}
      </fieldset>
      {serverError ? (
        <p className="alert" role="alert">
          {serverError}
        </p>
      ) : (
        <ServerError action={action} />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={action.isPending}>
          {t("signup.create")}
        </button>
      </div>
    </form>
  );
}
