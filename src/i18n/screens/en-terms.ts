// English copy of the terms of use (S27, S28). Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-terms.ts has the same keys.
export const enTerms = {
  terms: {
    heading: "Terms of use",
    body: "{{org}} asks you to accept its terms of use to continue.",
    expand: "Open “{{name}}”",
    collapse: "Close the terms",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    zoomLevel: "{{percent}}%",
    mustExpand: "Open and read the terms before you accept them.",
    accept: "Accept",
    decline: "Decline",
    declinedHeading: "You declined the terms of use",
    declinedBody: "You can't access {{org}}'s resources without accepting its terms of use. To continue, sign in again and accept them.",
    signInAgain: "Sign in again",
  },
};

export type TermsMessages = typeof enTerms;
