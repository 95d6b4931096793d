// S21 P6 (spec §4.6, docs/decisions/0010): create a personal Microsoft account with the invited address.
// The backend holds the wizard's step and what was submitted; what is typed but not yet submitted lives in
// a draft that survives a reload and the back button (the password never does).
import { useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "../../i18n";
import { formatDate } from "../../i18n/format";
import type { SessionView, SignupStep } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { birthDateProblem, countryCodes, nameProblem, passwordProblems, type PasswordProblem } from "../../api/rules";
import { Card } from "../../ui/Card";
import { ActionError } from "../../ui/ActionError";
import { ErrorPanel } from "../../ui/ErrorPanel";
import { Field, FieldGroup, SelectField } from "../../ui/Field";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";
import { useForm } from "../../ui/useForm";

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

function PasswordForm({ session, signup, action, draftKey }: FormProps) {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  const form = useForm({
    draft: `${draftKey}/password`,
    initial: { password: "" },
    // The password never reaches the draft: it is typed again after a reload.
    secret: ["password"],
    validate: ({ password }) => ({
      password: passwordProblems(password, signup.email).length > 0 ? t("fieldErrors.PasswordRejected") : undefined,
    }),
    serverError: action.error,
  });
  const problems = passwordProblems(form.values.password, signup.email);
  const rules: PasswordProblem[] = ["length", "variety", "containsEmail"];
  return (
    <form onSubmit={form.submit(({ password }) => action.mutate({ kind: "signup/password", password }))} noValidate>
      <StepHeading>{t("signup.passwordHeading")}</StepHeading>
      <p>{t("signup.intro", { email: signup.email, org: session.invitation.organization.name })}</p>
      <Field id="signup-email" label={t("signup.email")} value={signup.email} readOnly />
      <Field
        id="signup-password"
        label={t("signup.password")}
        type={show ? "text" : "password"}
        autoComplete="new-password"
        help={t("signup.passwordNotKept")}
        {...form.field("password")}
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
      <ActionError error={form.actionError} />
      <FormFooter primary={{ label: t("signup.next") }} busy={action.isPending} />
    </form>
  );
}

function VerifyForm({ signup, action, draftKey }: FormProps) {
  const { t } = useTranslation();
  const form = useForm({ draft: `${draftKey}/verify`, initial: { code: "" }, serverError: action.error });
  return (
    <form onSubmit={form.submit(({ code }) => action.mutate({ kind: "signup/verify", code }, { onSuccess: form.clear }))} noValidate>
      <StepHeading>{t("signup.verifyHeading")}</StepHeading>
      <p>{t("signup.verifyBody", { email: signup.email })}</p>
      <Field
        id="signup-code"
        label={t("signup.codeLabel")}
        help={t("passcode.codeHelp", { count: signup.codeLength })}
        inputMode="numeric"
        autoComplete="one-time-code"
        {...form.field("code")}
      />
      <ActionError error={form.actionError} />
      <FormFooter
        primary={{ label: t("signup.next") }}
        secondary={{ label: t("signup.resend"), onClick: () => action.mutate({ kind: "signup/resend-code" }) }}
        busy={action.isPending}
      />
    </form>
  );
}

function NameForm({ signup, action, draftKey }: FormProps) {
  const { t } = useTranslation();
  const problem = (value: string) => {
    const found = nameProblem(value);
    return found ? t(`fieldErrors.${found}`) : undefined;
  };
  const form = useForm({
    draft: `${draftKey}/name`,
    initial: { firstName: signup.firstName ?? "", lastName: signup.lastName ?? "" },
    validate: ({ firstName, lastName }) => ({ firstName: problem(firstName), lastName: problem(lastName) }),
    serverError: action.error,
  });
  return (
    <form onSubmit={form.submit((names) => action.mutate({ kind: "signup/name", ...names }, { onSuccess: form.clear }))} noValidate>
      <StepHeading>{t("signup.nameHeading")}</StepHeading>
      <Field id="signup-first" label={t("signup.firstName")} autoComplete="given-name" {...form.field("firstName")} />
      <Field id="signup-last" label={t("signup.lastName")} autoComplete="family-name" {...form.field("lastName")} />
      <ActionError error={form.actionError} />
      <FormFooter primary={{ label: t("signup.next") }} busy={action.isPending} />
    </form>
  );
}

function splitDate(iso: string | undefined) {
  const [year = "", month = "", day = ""] = (iso ?? "").split("-");
  return { year, month: month.replace(/^0/, ""), day: day.replace(/^0/, "") };
}

const isoOf = (date: { year: string; month: string; day: string }) =>
  `${date.year.padStart(4, "0")}-${date.month.padStart(2, "0")}-${date.day.padStart(2, "0")}`;

const DATE_PROBLEM_KEYS = {
  Incomplete: "dateIncomplete",
  invalid: "dateInvalid",
  future: "dateFuture",
  tooOld: "dateTooOld",
  underAge: "dateUnderAge",
} as const;

function ProfileForm({ signup, action, draftKey }: FormProps) {
  const { t, i18n } = useTranslation();
  const [today] = useState(() => new Date());
  const names = useMemo(() => new Intl.DisplayNames([i18n.language], { type: "region" }), [i18n.language]);
  const countries = useMemo(
    () =>
      countryCodes()
        .map((code) => ({ value: code, label: names.of(code) ?? code }))
        .toSorted((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [names, i18n.language],
  );
  const months = useMemo(
    () =>
      Array.from({ length: 12 }, (_, i) => ({
        value: String(i + 1),
        label: formatDate(Date.UTC(2000, i, 1), i18n.language, "month"),
      })),
    [i18n.language],
  );
  const form = useForm({
    draft: `${draftKey}/profile`,
    initial: { country: signup.country ?? "", ...splitDate(signup.birthDate) },
    groups: ["birthDate"],
    validate: (values) => {
      const complete = values.year !== "" && values.month !== "" && values.day !== "";
      const dateProblem = complete ? birthDateProblem(isoOf(values), today) : "Incomplete";
      return {
        country: values.country ? undefined : t("fieldErrors.countryRequired"),
        birthDate: dateProblem ? t(`fieldErrors.${DATE_PROBLEM_KEYS[dateProblem]}`) : undefined,
      };
    },
    serverError: action.error,
  });
  const dateError = form.error("birthDate");

  /** The day and year boxes: digits only, at most `length` of them. */
  const digitsField = (part: "day" | "year", length: number, autoComplete: string) => (
    <Field
      id={`signup-${part}`}
      label={t(`signup.${part}`)}
      inputMode="numeric"
      autoComplete={autoComplete}
      value={form.values[part]}
      invalid={Boolean(dateError)}
      onChange={(e) => form.set(part, e.target.value.replace(/\D/g, "").slice(0, length))}
    />
  );

  return (
    <form
      onSubmit={form.submit((values) =>
        action.mutate({ kind: "signup/profile", country: values.country, birthDate: isoOf(values) }, { onSuccess: form.clear }),
      )}
      noValidate
    >
      <StepHeading>{t("signup.profileHeading")}</StepHeading>
      <SelectField
        id="signup-country"
        label={t("signup.country")}
        placeholder={t("signup.chooseCountry")}
        options={countries}
        {...form.field("country")}
      />
      <FieldGroup id="signup-date" legend={t("signup.birthDate")} error={dateError} className="date-fields">
        {digitsField("day", 2, "bday-day")}
        <SelectField
          id="signup-month"
          label={t("signup.month")}
          placeholder={t("signup.chooseMonth")}
          options={months}
          value={form.values.month}
          invalid={Boolean(dateError)}
          onChange={(e) => form.set("month", e.target.value)}
        />
        {digitsField("year", 4, "bday-year")}
      </FieldGroup>
      <ActionError error={form.actionError} />
      <FormFooter primary={{ label: t("signup.create") }} busy={action.isPending} />
    </form>
  );
}
