// English copy of the app chrome and every error (the redeem link shows no more): what the first screen needs, so it
// is bundled. Each other screen's strings are in ./screens/, loaded with that screen (docs/decisions/0018).
// The spec's wording is paraphrased, never invented; nl.ts must have the same keys.
export const en = {
  app: {
    title: "B2B Redemption Simulator",
    skipToContent: "Skip to content",
    language: "Language",
    simulatorNotice: "Simulator — nothing here talks to a real Microsoft service.",
    simulatorStrip: "Simulator",
    mailbox: "Mailbox",
    openMailbox: "Open the mailbox",
    phone: "Phone",
    admin: "Admin",
    home: "Scenarios",
    loading: "Loading…",
    recovered: "The saved simulator state could not be used ({{reason}}), so the default scenario was loaded.",
    recoveredReason_unreadable: "it was unreadable",
    "recoveredReason_older-version": "it was saved by an older version",
    "recoveredReason_newer-version": "it was saved by a newer version of the simulator",
    openStudio: "Studio",
    restart: "Restart this scenario",
    presenter: "Presenter mode",
    exitPresenter: "Exit presenter mode",
    fakeTime: "Fake time: {{time}}",
    termsOfUse: "Terms of use",
    privacyCookies: "Privacy & cookies",
    troubleshootingInfo: "Click here for troubleshooting information",
  },
  errors: {
    heading: "Something went wrong",
    details: "Technical details",
    code: "Error code",
    correlationId: "Correlation ID",
    traceId: "Trace ID",
    timestamp: "Timestamp",
    copy: "Copy details",
    copied: "Copied",
    retry: "Try again",
    home: "Go to the scenarios",
    InvitationNotFound: {
      title: "This invitation link isn't valid",
      body: "The link is incomplete, was changed, or the invitation no longer exists. Open the invitation from the e-mail again, or ask the person who invited you to send a new one.",
    },
    SessionNotFound: {
      title: "This sign-in session has ended",
      body: "Start again from the invitation e-mail.",
    },
    NoFallbackLeft: {
      title: "Keep at least one fallback",
      body: "Entra needs the one-time passcode or the personal Microsoft account fallback switched on, so these settings were not saved. Switch one of them back on.",
    },
    SessionExpired: {
      title: "This sign-in has timed out",
      body: "Nothing happened here for a while, so this sign-in ended. Start again from the invitation e-mail.",
    },
    InvalidIdToken: {
      title: "Your sign-in couldn't be verified",
      body: "The identity token was rejected ({{reason}}). Sign in again.",
    },
    StepConflict: {
      title: "This step is already done",
      body: "The invitation moved on, perhaps in another tab. Continue from where it is now.",
    },
    BadRequest: {
      title: "The request was not valid",
      body: "Something in the link or the form could not be read. Open the invitation from the e-mail again.",
    },
    NetworkError: {
      title: "The simulator's backend didn't answer",
      body: "Check that the simulator is still running, then try again. Nothing you did was lost.",
    },
    InternalServerError: {
      title: "The fake Entra failed",
      body: "This is a bug in the simulator. Try again; if it keeps happening, reset the scenario.",
    },
    MockServiceWorkerUnavailable: {
      title: "The fake Entra could not start",
      body: "The mock service worker needs a secure context: open the simulator at http://127.0.0.1 or http://localhost (or trusted https), in a browser that allows service workers.",
    },
    LeaveNotAllowed: {
      title: "You can't leave this organization yourself",
      body: "Contact {{organization}}'s privacy contact ({{contact}}).",
    },
    TermsNotExpanded: {
      title: "Open the terms first",
      body: "Open and read the terms of use before you accept them.",
    },
    InjectedFault: {
      title: "A fault was injected",
      body: "The demo studio made the {{endpoint}} request fail. Try again, or switch the faults off in the studio.",
    },
    StartStepUnavailable: {
      title: "This scenario can't start there",
      body: "The path “{{path}}” has no signed-in step to start at. Start the scenario from its beginning.",
    },
    PasscodeRequired: {
      title: "Sign in first",
      body: "Sign in with a one-time code to manage blocked organizations.",
    },
    NotFound: {
      title: "This page doesn't exist",
      body: "Check the address, or start from a scenario.",
    },
    Unknown: {
      title: "Something went wrong",
      body: "An unexpected error occurred ({{code}}).",
    },
  },
};

export type CoreMessages = typeof en;
