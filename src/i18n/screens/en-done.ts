// English copy of the end of redemption and the page that names where it leads. Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-done.ts has the same keys.
export const enDone = {
  done: {
    heading: "Invitation accepted",
    redirecting: "Taking you to {{url}}…",
    leavingHeading: "You're leaving the simulator",
    leavingBody: "The invitation sends you to {{url}}. That page is outside the simulator.",
    leavingContinue: "Continue to {{host}}",
    unsafeHeading: "This redirect was refused",
    unsafeBody: "The invitation's redirect address “{{url}}” is not an absolute https address, so the simulator will not follow it.",
  },
};

export type DoneMessages = typeof enDone;
