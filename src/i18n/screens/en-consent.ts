// English copy of Review permissions (S26) and its cancelled page. Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-consent.ts has the same keys.
export const enConsent = {
  consent: {
    heading: "Review permissions",
    requestedBy: "Permission requested by:",
    shared: "They will receive:",
    name: "Name",
    email: "E-mail address",
    photo: "Photo",
    noPhoto: "No profile photo set",
    identifiers: "Directory identifiers: object ID {{objectId}}, tenant ID {{tenantId}}",
    identifiersPurpose: "They may use these to manage your account and improve the cross-organization experience.",
    privacyIntro: "{{org}}'s privacy statement describes how your information is used:",
    privacyLink: "{{org}} privacy statement",
    privacyContact: "Privacy contact: {{contact}}",
    noPrivacy: "{{org}} has not provided links to their terms for you to review.",
    signedInAs: "Signed in as {{email}}",
    accept: "Accept",
    cancel: "Cancel",
  },
  cancelled: {
    heading: "You didn't accept the invitation",
    body: "You cancelled on the permissions page, so {{org}} received nothing and the invitation is still waiting for you.",
    next: "You can open the invitation again whenever you're ready.",
    review: "Sign in and review again",
    backToMail: "Back to the invitation e-mail",
  },
};

export type ConsentMessages = typeof enConsent;
