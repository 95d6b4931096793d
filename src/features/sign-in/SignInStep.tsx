// S13 The resource tenant's sign-in page (spec §4.1, §9 S13), the first page the redeem link opens on the work account,
// Microsoft account, Google and SAML paths: the invited address filled in, and Next. A browser signed in at the
// login host goes on at once (MSAL's ssoSilent, decision 0042). Otherwise Next is the click that opens the real MSAL
// popup at the resource tenant, which hands the guest over to their identity provider (browsers block a popup
// without a click — the one deviation from Entra, docs/decisions/0036), with a redirect fallback when the popup is
// blocked or closed. The id token is handed to the backend, which verifies it. Why this path was chosen is the
// studio's explain panel's to say.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "../../i18n";
import type { SessionView } from "../../api/contract";
import { useSessionAction } from "../../api/queries";
import { SignInError, type SignInRequest } from "../../auth/AuthPort";
import { useAuth, useAuthBusy, useAuthReady } from "../../auth/context";
import { Card } from "../../ui/Card";
import { Field } from "../../ui/Field";
import { ActionError } from "../../ui/ActionError";
import { FormFooter } from "../../ui/FormFooter";
import { StepHeading } from "../../ui/StepHeading";

const FAILURE_COPY = {
  "popup-blocked": ["signIn.popupBlocked", "signIn.popupBlockedHelp"],
  "popup-closed": ["signIn.popupClosed", "signIn.popupClosedHelp"],
  "timed-out": ["signIn.timedOut", "signIn.popupClosedHelp"],
} as const;

export function SignInStep({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const busy = useAuthBusy();
  const ready = useAuthReady();
  const action = useSessionAction(session.id);
  const [failure, setFailure] = useState<SignInError | null>(null);
  const [email, setEmail] = useState(session.signIn?.loginHint ?? session.invitation.invitedEmail);
  const [emailError, setEmailError] = useState(false);
  const fieldId = useId();
  const org = session.invitation.organization.name;

  const requestOf = (signIn: NonNullable<SessionView["signIn"]>): SignInRequest => ({
    authority: signIn.authority,
    loginHint: email.trim(),
    domainHint: signIn.domainHint,
    prompt: signIn.prompt,
    nonce: signIn.nonce,
    language: i18n.language,
    sessionId: session.id,
  });

  // Once MSAL is ready: back from the redirect fallback, hand its result to the backend; otherwise try single
  // sign-on without a window (addendum §10.3). A browser signed in at the login host then goes on without a
  // click, as Entra does; with no usable session this page waits for Next. Not after a wrong account: that
  // session would sign in again (the next sign-in asks to pick an account instead).
  const [trying, setTrying] = useState(false);
  const interactive = useRef(false);
  useEffect(() => {
    if (!ready || !session.signIn) return;
    const result = auth.takeRedirectResult();
    if (result && result.sessionId === session.id) {
      action.mutate({ kind: "sign-in", idToken: result.idToken });
      return;
    }
    if (session.signIn.prompt) return;
    let current = true;
    setTrying(true);
    auth
      .signInSilently(requestOf(session.signIn))
      .then((silent) => {
        // The guest pressed Next meanwhile: the popup's sign-in is the one that counts.
        if (current && !interactive.current) action.mutate({ kind: "sign-in", idToken: silent.idToken });
      })
      .catch(() => undefined)
      .finally(() => {
        if (current) setTrying(false);
      });
    return () => {
      current = false;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- once, when ready
  }, [ready]);

  if (!session.signIn) {
    return (
      <Card organization={org}>
        <StepHeading>{t("signIn.heading")}</StepHeading>
        <p className="notice">{t("signIn.unsupportedPath", { path: session.discovery.path, rule: session.discovery.rule })}</p>
      </Card>
    );
  }

  const request = requestOf(session.signIn);
  const working = busy || action.isPending || !ready;

  function signInWithPopup(event?: FormEvent) {
    event?.preventDefault();
    if (!email.includes("@")) {
      setEmailError(true);
      return;
    }
    setEmailError(false);
    interactive.current = true;
    setFailure(null);
    action.reset();
    // Called straight from the click: the popup opens before any await (popup blockers allow it then).
    auth
      .signInWithPopup(request)
      .then((result) => action.mutate({ kind: "sign-in", idToken: result.idToken }))
      .catch((error: unknown) => setFailure(error instanceof SignInError ? error : new SignInError("other", "unknown_error")));
  }

  function continueInThisWindow() {
    setFailure(null);
    auth.signInWithRedirect(request).catch((error: unknown) => {
      setFailure(error instanceof SignInError ? error : new SignInError("other", "unknown_error"));
    });
  }

  const copy = failure && failure.reason in FAILURE_COPY ? FAILURE_COPY[failure.reason as keyof typeof FAILURE_COPY] : null;
  return (
    <Card organization={org} branding={session.invitation.organization.branding} signInText>
      <form onSubmit={signInWithPopup} noValidate>
        <StepHeading>{t("signIn.heading")}</StepHeading>
        <Field
          id={fieldId}
          label={t("signIn.emailLabel")}
          type="email"
          autoComplete="username"
          placeholder={session.invitation.organization.branding?.usernameHintText}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={emailError ? t("signIn.emptyEmail") : undefined}
        />
        {failure ? (
          <div className="alert" role="alert">
            <p>
              <strong>{copy ? t(copy[0]) : t("signIn.failed", { code: failure.code })}</strong>
            </p>
            {copy ? <p>{t(copy[1])}</p> : null}
          </div>
        ) : null}
        <ActionError error={action.error} />
        <p role="status" className="muted">
          {!ready || (trying && !busy)
            ? t("signIn.preparing")
            : busy
              ? t("signIn.inProgress")
              : action.isPending
                ? t("signIn.verifying")
                : ""}
        </p>
        <FormFooter
          // A refused sign-in (the identity provider's error, e.g. AADSTS70012) is tried again with the same button.
          primary={{ label: failure || action.isError ? t("signIn.tryAgain") : t("signIn.next") }}
          secondary={failure && failure.reason !== "busy" ? { label: t("signIn.continueHere"), onClick: continueInThisWindow } : undefined}
          busy={working}
        />
      </form>
    </Card>
  );
}
