// English copy of the resource tenant's sign-in page (S13). Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-sign-in.ts has the same keys.
export const enSignIn = {
  signIn: {
    heading: "Sign in",
    emailLabel: "Email, phone, or Skype",
    emptyEmail: "Enter a valid email address, phone number, or Skype name.",
    next: "Next",
    preparing: "Preparing sign-in…",
    inProgress: "A sign-in window is open. Finish signing in there.",
    verifying: "Checking your sign-in…",
    popupBlocked: "Your browser blocked the sign-in window.",
    popupBlockedHelp: "Allow pop-ups for this site and try again, or continue the sign-in in this window.",
    popupClosed: "The sign-in window was closed before you finished signing in.",
    popupClosedHelp: "Try again, or continue the sign-in in this window.",
    timedOut: "The sign-in window stopped responding.",
    failed: "Signing in didn't work ({{code}}).",
    tryAgain: "Try again",
    continueHere: "Continue in this window",
    unsupportedPath:
      "This invitation takes the “{{path}}” path (rule {{rule}}), which this version of the simulator does not simulate yet.",
  },
};

export type SignInMessages = typeof enSignIn;
