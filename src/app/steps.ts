// The screen of every step of the flow table (src/api/flow.ts), each its own chunk with the catalogue parts it
// shows, so the first page (the resource tenant's sign-in, docs/decisions/0036) loads only its own screen.
// The session route (./SessionRoute.tsx) shows them; this map is in the first load (a few hundred bytes) so
// that a step's code can load beside the session route's instead of after it.
import type { SessionView } from "../api/contract";
import type { StepName } from "../api/flow";
import type { Part } from "../i18n";
import { lazyScreen, type LazyScreen } from "./lazyScreen";

export type StepScreen = LazyScreen<{ session: SessionView }>;

const STRINGS: Part[] = ["screens"];
const mfa = lazyScreen(() => import("../features/mfa/MfaStep"), "MfaStep", STRINGS);

/** The screen of every step (a step without one fails the typecheck). */
export const stepScreens: Record<StepName, StepScreen> = {
  "sign-in": lazyScreen(() => import("../features/sign-in/SignInStep"), "SignInStep", STRINGS),
  "choose-account": lazyScreen(() => import("../features/account-chooser/ChooseAccountStep"), "ChooseAccountStep", STRINGS),
  "otp-send": lazyScreen(() => import("../features/passcode/PasscodeSendStep"), "PasscodeSendStep", STRINGS),
  "otp-enter": lazyScreen(() => import("../features/passcode/PasscodeEnterStep"), "PasscodeEnterStep", STRINGS),
  "create-account": lazyScreen(() => import("../features/create-account/CreateAccountStep"), "CreateAccountStep", STRINGS),
  "no-identity-provider": lazyScreen(() => import("../features/errors/NoIdentityProviderStep"), "NoIdentityProviderStep", STRINGS),
  "redeemed-by-other-identity": lazyScreen(
    () => import("../features/errors/RedeemedByOtherIdentityStep"),
    "RedeemedByOtherIdentityStep",
    STRINGS,
  ),
  "mfa-register": mfa,
  "mfa-challenge": mfa,
  terms: lazyScreen(() => import("../features/terms/TermsStep"), "TermsStep", STRINGS),
  "terms-declined": lazyScreen(() => import("../features/terms/TermsStep"), "TermsDeclined", STRINGS),
  blocked: lazyScreen(() => import("../features/errors/BlockedStep"), "BlockedStep", STRINGS),
  consent: lazyScreen(() => import("../features/consent/ConsentStep"), "ConsentStep", STRINGS),
  "consent-cancelled": lazyScreen(() => import("../features/consent/ConsentCancelled"), "ConsentCancelled", STRINGS),
  "wrong-account": lazyScreen(() => import("../features/errors/WrongAccountStep"), "WrongAccountStep", STRINGS),
  done: lazyScreen(() => import("../features/landing/DoneStep"), "DoneStep", STRINGS),
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
  "mfa-register": "done",
  "mfa-challenge": "done",
  terms: "done",
  "wrong-account": "sign-in",
  "consent-cancelled": "sign-in",
  "terms-declined": "sign-in",
  "redeemed-by-other-identity": "sign-in",
};

export const isStepName = (name: string | undefined): name is StepName => name !== undefined && Object.hasOwn(stepScreens, name);

/** Loads a step's screen (nothing for a name that is not a step). */
export function preloadStep(step: string | undefined): Promise<unknown> {
  return isStepName(step) ? stepScreens[step].preload() : Promise.resolve();
}
