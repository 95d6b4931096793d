// English copy of MFA registration and challenge (S24, S25). Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-mfa.ts has the same keys.
export const enMfa = {
  mfa: {
    registerHeading: "More information required",
    registerBody: "{{org}} needs more information to keep your account secure. Set up a way to verify that it's you.",
    chooseMethod: "How do you want to verify?",
    authenticator: "Microsoft Authenticator app",
    authenticatorHelp: "Approve a notification on your phone.",
    sms: "Text message (SMS)",
    smsHelp: "Get a code by text message.",
    phoneLabel: "Phone number, with country code",
    phoneHelp: "For example +31 6 12345678.",
    sendSms: "Send code",
    challengeHeading: "Verify your identity",
    challengeBody: "{{org}} asks you to verify that it's you.",
    homeTenant: "{{home}}, your own organization, verifies your identity: {{org}} trusts its MFA.",
    approveHeading: "Approve the sign-in request",
    approveBody: "Open the Authenticator app on your phone and approve the request.",
    openPhone: "Open the simulated phone in a new tab",
    waiting: "Waiting for your approval…",
    denied: "The request was denied on your phone.",
    sendAnother: "Send another request",
    codeSentTo: "We texted a code to {{phone}}.",
    codeLabel: "Code",
    verify: "Verify",
    useSms: "Text me a code instead",
    useAuthenticator: "Use the Authenticator app instead",
  },
};

export type MfaMessages = typeof enMfa;
