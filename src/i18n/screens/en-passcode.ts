// English copy of the one-time passcode pages (S22, S23), also used by account creation, MFA and the block-invitations page. Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-passcode.ts has the same keys.
export const enPasscode = {
  passcode: {
    sendHeading: "Send a code to sign in",
    sendBody: "To sign in to {{org}}, we'll send a code to {{email}}.",
    sender: "The e-mail comes from {{sender}}. If you don't see it, check your junk folder or allow that sender.",
    send: "Send code",
    enterHeading: "Enter code",
    enterBody_one: "We sent a code to {{email}}. It's valid for {{count}} minute.",
    enterBody_other: "We sent a code to {{email}}. It's valid for {{count}} minutes.",
    codeLabel: "Code",
    codeHelp_one: "{{count}} digit. Pasting with spaces is fine.",
    codeHelp_other: "{{count}} digits. Pasting with spaces is fine.",
    signIn: "Sign in",
    resend: "Send a new code",
    resendIn_one: "You can ask for a new code in {{count}} second.",
    resendIn_other: "You can ask for a new code in {{count}} seconds.",
    newCodeSent: "A new code is on its way. The previous code no longer works.",
    attemptsLeft_one: "{{count}} attempt left before sign-in is locked for a while.",
    attemptsLeft_other: "{{count}} attempts left before sign-in is locked for a while.",
    openMailbox: "Open the mailbox in a new tab",
  },
};

export type PasscodeMessages = typeof enPasscode;
