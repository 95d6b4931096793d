// English copy of Review permissions (S26) and its cancelled page. Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-consent.ts has the same keys.
export const enConsent = {
  consent: {
    // The page Entra calls "Review permissions" (addendum §15.1): its visible title is the requester.
    heading: "Permissions requested by:",
    leadIn: "By accepting, you allow this organization to:",
    receiveProfile: "Receive your profile data",
    collectActivity: "Collect and log your activity",
    useData: "Use your profile data and activity data",
    trust: "Only accept if you trust {{org}}.",
    privacyLink: "{{org}}'s privacy statement",
    privacyContact: "Privacy contact: {{contact}}",
    noPrivacy: "{{org}} has not provided links to their terms for you to review.",
    manage: "You can update these permissions at",
    learnMore: "Learn more",
    notShared: "This resource is not shared by Microsoft.",
    accept: "Accept",
    cancel: "Cancel",
  },
  // S54 The app's consent prompt when only an admin can grant its permissions (addendum §14.2 90094/90095):
  // paraphrased from ED docs and a vendor's transcription of the page; the request's confirmation is a GAP.
  appConsent: {
    needApproval: "Need admin approval",
    approvalRequired: "Approval required",
    onlyAdmin: "{{app}} needs permission to access resources in your organization that only an admin can grant.",
    askAdmin: "Ask an admin to grant permission to this app before you can use it.",
    wouldLike: "This app would like to:",
    permission: {
      userReadAll: "Read all users' full profiles",
      groupReadAll: "Read all groups",
    },
    justification: "Enter justification for requesting this app",
    request: "Request approval",
    requested:
      "You requested approval on {{date}}. An admin will review it, and you'll get an e-mail when they decide. The request expires on {{expires}}.",
    haveAdmin: "Have an admin account?",
    signInOther: "Sign in with that account",
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
