// The redemption flow as data: every step a session can be at and every action that moves it. This table is
// the only list of them; the contract's step picklist, the SPA's action union, the fake world's routes and
// step checks, the step-to-screen map and the studio's flow diagram all derive from it. Data only (and
// the action bodies' schemas), so the SPA and the fake world share it; spec IDs are ../shared/redemption-spec.md's.
import * as v from "valibot";

/** Where a step sits in the studio's flow diagram: proving an identity, the steps after it, or a side exit. */
export type StepGroup = "identity" | "finish" | "side";

interface StepInfo {
  /** The spec section that describes the step. */
  readonly spec: string;
  /** The screen of spec §9 (or the addendum) the step shows. */
  readonly screen: string;
  readonly group: StepGroup;
}

/** In the order the flow diagram draws them (identity, then finish; side exits where they branch off). */
export const steps = {
  "sign-in": { spec: "§4.1", screen: "S13", group: "identity" },
  "choose-account": { spec: "§3.2 D2", screen: "S15", group: "identity" },
  "otp-send": { spec: "§4.5", screen: "S22", group: "identity" },
  "otp-enter": { spec: "§4.5", screen: "S23", group: "identity" },
  "create-account": { spec: "§4.6", screen: "S21", group: "identity" },
  "no-identity-provider": { spec: "§3.2 D10", screen: "S31", group: "identity" },
  "wrong-account": { spec: "§4.9", screen: "S31", group: "side" },
  blocked: { spec: "§6", screen: "S33", group: "side" },
  "consent-cancelled": { spec: "§5.1", screen: "S31", group: "side" },
  "terms-declined": { spec: "§5.2", screen: "S28", group: "side" },
  consent: { spec: "§5.1", screen: "S26", group: "finish" },
  "mfa-interrupt": { spec: "§12.2", screen: "S50", group: "finish" },
  "mfa-register": { spec: "§12.3", screen: "S51", group: "finish" },
  "mfa-challenge": { spec: "§12.4", screen: "S44", group: "finish" },
  "passkey-register": { spec: "§12.8", screen: "S52", group: "finish" },
  terms: { spec: "§5.2", screen: "S27", group: "finish" },
  "app-consent": { spec: "§5.4", screen: "S54", group: "finish" },
  done: { spec: "§5.4", screen: "S29", group: "finish" },
} as const satisfies Record<string, StepInfo>;

export type StepName = keyof typeof steps;
export const stepNames = Object.keys(steps) as [StepName, ...StepName[]];

/**
 * The pages of "Keep your account secure" (addendum §12.3, S51) in Entra's order: Microsoft Authenticator
 * (W1–W5), another authenticator app (Alt-A), a different method (Alt-B, then the phone, W6), and success (W7).
 */
export const mfaWizardPages = [
  "authenticator-start",
  "authenticator-setup",
  "authenticator-qr",
  "authenticator-test",
  "authenticator-approved",
  "totp-start",
  "totp-qr",
  "totp-code",
  "choose-method",
  "phone",
  "phone-code",
  "phone-call",
  "phone-verified",
  "success",
] as const;
export type MfaWizardPage = (typeof mfaWizardPages)[number];

/** The sign-in challenge's methods (addendum §12.4: S44 push, S46 codes, S45 the method list). */
export const mfaChallengeMethods = ["authenticator", "totp", "sms", "voice", "picker"] as const;
export type MfaChallengeMethod = (typeof mfaChallengeMethods)[number];

/** Codes arrive as typed or pasted; the backend trims and checks them (a typed error, never a crash). */
const typedCode = v.pipe(v.string(), v.maxLength(64));

interface ActionInfo {
  /** The steps the action may start from; at any other step the fake world answers 409 StepConflict. */
  readonly from: readonly StepName[];
  /** The request body (POST /api/sessions/{id}/<action>); none for actions without one. */
  readonly body?: v.GenericSchema;
  readonly spec: string;
}

/** POST /api/sessions/{id}/<name>: every action answers with the session's new state (docs/api.md). */
export const actions = {
  "sign-in": {
    from: ["sign-in"],
    body: v.object({ idToken: v.pipe(v.string(), v.minLength(1), v.maxLength(16_384)) }),
    spec: "§4.9",
  },
  "restart-sign-in": { from: ["wrong-account", "consent-cancelled", "terms-declined", "mfa-interrupt", "app-consent"], spec: "§4.9" },
  choose: { from: ["choose-account"], body: v.object({ account: v.picklist(["entra", "microsoft-account"]) }), spec: "§3.2 D2" },
  "passcode/send": { from: ["otp-send", "otp-enter"], spec: "§4.5" },
  "passcode/verify": { from: ["otp-enter"], body: v.object({ code: typedCode }), spec: "§4.5" },
  "signup/password": { from: ["create-account"], body: v.object({ password: v.pipe(v.string(), v.maxLength(1024)) }), spec: "§4.6" },
  "signup/resend-code": { from: ["create-account"], spec: "§4.6" },
  "signup/verify": { from: ["create-account"], body: v.object({ code: typedCode }), spec: "§4.6" },
  "signup/name": {
    from: ["create-account"],
    body: v.object({ firstName: v.pipe(v.string(), v.maxLength(1024)), lastName: v.pipe(v.string(), v.maxLength(1024)) }),
    spec: "§4.6",
  },
  "signup/profile": {
    from: ["create-account"],
    body: v.object({ country: v.pipe(v.string(), v.maxLength(8)), birthDate: v.pipe(v.string(), v.maxLength(32)) }),
    spec: "§4.6",
  },
  "signup/back": { from: ["create-account"], spec: "§4.6" },
  consent: { from: ["consent"], body: v.object({ decision: v.picklist(["accept", "cancel"]) }), spec: "§5.1" },
  "mfa/proof-up": { from: ["mfa-interrupt"], spec: "§12.2" },
  "mfa/wizard": { from: ["mfa-register"], body: v.object({ page: v.picklist(mfaWizardPages) }), spec: "§12.3" },
  "mfa/method": { from: ["mfa-challenge"], body: v.object({ method: v.picklist(mfaChallengeMethods) }), spec: "§12.4" },
  "mfa/done": { from: ["mfa-register"], spec: "§12.3" },
  "mfa/push": { from: ["mfa-register", "mfa-challenge"], spec: "§12.4" },
  "mfa/sms": {
    from: ["mfa-register", "mfa-challenge"],
    body: v.object({ phone: v.optional(v.pipe(v.string(), v.maxLength(64))) }),
    spec: "§5.3",
  },
  "mfa/call": {
    from: ["mfa-register", "mfa-challenge"],
    body: v.object({ phone: v.optional(v.pipe(v.string(), v.maxLength(64))) }),
    spec: "§12.4",
  },
  "mfa/verify": { from: ["mfa-register", "mfa-challenge"], body: v.object({ code: typedCode }), spec: "§5.3" },
  passkey: { from: ["passkey-register"], body: v.object({ decision: v.picklist(["register", "snooze"]) }), spec: "§12.8" },
  terms: {
    from: ["terms"],
    body: v.object({
      decision: v.picklist(["accept", "decline"]),
      expanded: v.boolean(),
      /** The agreement on the page (decision 0091): a stale page answers 409. */
      agreementId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    }),
    spec: "§5.2",
  },
  "app-consent/request": {
    from: ["app-consent"],
    body: v.object({ justification: v.pipe(v.string(), v.maxLength(1024)) }),
    spec: "§5.4",
  },
} as const satisfies Record<string, ActionInfo>;

export type ActionName = keyof typeof actions;
export const actionNames = Object.keys(actions) as [ActionName, ...ActionName[]];

/** An action's request body as the SPA sends it (an empty object for actions without one). */
export type ActionBody<A extends ActionName> = (typeof actions)[A] extends { body: infer S extends v.GenericSchema }
  ? v.InferOutput<S>
  : Record<never, never>;

/** What a step component asks for: an action and its body, e.g. `{ kind: "consent", decision: "accept" }`. */
export type SessionAction = { [A in ActionName]: { kind: A } & ActionBody<A> }[ActionName];

export function stepsIn(group: StepGroup): StepName[] {
  return stepNames.filter((name) => steps[name].group === group);
}
