// The screen of every step of the flow table (src/api/flow.ts), each its own chunk with the catalogue parts it
// shows, so the first page (the resource tenant's sign-in, docs/decisions/0036) loads only its own screen.
// The session route (./SessionRoute.tsx) shows them; this map is in the first load (a few hundred bytes) so
// that a step's code can load beside the session route's instead of after it.
import type { SessionView } from "../api/contract";
import type { StepName } from "../api/flow";
import type { Part } from "../i18n";
import { lazyScreen, type LazyScreen } from "./lazyScreen";

export type StepScreen = LazyScreen<{ session: SessionView }>;

/** Steps with a form show the short messages of a refused value (ui/fieldError.ts). */
const form = (...parts: Part[]): Part[] => [...parts, "field-errors"];
/** Entra's error page, at every step that ends there. */
const errorStep = lazyScreen(() => import("../features/errors/ErrorStep"), "ErrorStep", form("exits"));
const mfa = lazyScreen(() => import("../features/mfa/MfaChallenge"), "MfaChallenge", form("mfa", "passcode"));

/** The screen of every step (a step without one fails the typecheck). */
export const stepScreens: Record<StepName, StepScreen> = {
  "sign-in": lazyScreen(() => import("../features/sign-in/SignInStep"), "SignInStep", form("sign-in")),
  "choose-account": lazyScreen(() => import("../features/account-chooser/ChooseAccountStep"), "ChooseAccountStep", form("chooser")),
  "otp-send": lazyScreen(() => import("../features/passcode/PasscodeSendStep"), "PasscodeSendStep", form("passcode")),
  "otp-enter": lazyScreen(() => import("../features/passcode/PasscodeEnterStep"), "PasscodeEnterStep", form("passcode")),
  "create-account": lazyScreen(
    () => import("../features/create-account/CreateAccountStep"),
    "CreateAccountStep",
    form("signup", "passcode"),
  ),
  "no-identity-provider": errorStep,
  "mfa-interrupt": lazyScreen(() => import("../features/mfa/MfaInterrupt"), "MfaInterrupt", form("mfa")),
  "mfa-register": lazyScreen(() => import("../features/mfa/MfaWizard"), "MfaWizard", form("mfa", "passcode")),
  "mfa-challenge": mfa,
  "passkey-register": lazyScreen(() => import("../features/mfa/PasskeyStep"), "PasskeyStep", form("mfa")),
  terms: lazyScreen(() => import("../features/terms/TermsStep"), "TermsStep", form("terms")),
  "terms-declined": lazyScreen(() => import("../features/terms/TermsStep"), "TermsDeclined", form("terms")),
  blocked: errorStep,
  consent: lazyScreen(() => import("../features/consent/ConsentStep"), "ConsentStep", form("consent")),
  "consent-cancelled": lazyScreen(() => import("../features/consent/ConsentCancelled"), "ConsentCancelled", form("consent")),
  "wrong-account": errorStep,
  "app-consent": lazyScreen(() => import("../features/consent/AppConsentStep"), "AppConsentStep", form("consent")),
  done: lazyScreen(() => import("../features/landing/DoneStep"), "DoneStep", ["done"]),
};

/**
 * The step that most likely follows each step on the way to redemption (spec §5's order: consent, MFA, terms,
 * done), preloaded once a step has shown, so the next click waits only for the backend. A guess: another
 * step (a wrong account, a side exit) loads when it comes, behind the card's "Loading…".
 */
export const likelyNextStep: Partial<Record<StepName, StepName>> = {
  "sign-in": "consent",
  "choose-account": "sign-in",
  "otp-send": "otp-enter",
  "otp-enter": "consent",
  "create-account": "consent",
  consent: "done",
  "mfa-interrupt": "mfa-register",
  "mfa-register": "done",
  "mfa-challenge": "done",
  terms: "done",
  "wrong-account": "sign-in",
  "consent-cancelled": "sign-in",
  "terms-declined": "sign-in",
};

export const isStepName = (name: string | undefined): name is StepName => name !== undefined && Object.hasOwn(stepScreens, name);

/** Loads a step's screen (nothing for a name that is not a step). */
export function preloadStep(step: string | undefined): Promise<unknown> {
  return isStepName(step) ? stepScreens[step].preload() : Promise.resolve();
}
