// English copy of Entra's error page (every Entra error: blocked, wrong account, no identity provider, and the
// API's Entra errors) and of the blocks without a documented code. Loaded with the screens that show it
// (src/app/steps.ts, src/ui/ErrorPanel.tsx); nl-exits.ts has the same keys. What an error means, its causes and
// fixes are the studio's (en-studio.ts studio.explain.error), never the guest's page.
export const enExits = {
  /** Entra's error page (src/ui/EntraErrorPage.tsx, addendum §14.1); the message itself stays Entra's English. */
  entraError: {
    heading: "Sign in",
    lead: "Sorry, but we're having trouble signing you in.",
    signOut: "Sign out and sign in with a different account",
    moreDetails: "More details",
    troubleshooting: "Troubleshooting details",
    intro: "If you contact your administrator, send this info to them.",
    copy: "Copy info to clipboard",
    copied: "Copied",
    message: "Message",
    errorCode: "Error Code",
    requestId: "Request Id",
    correlationId: "Correlation Id",
    timestamp: "Timestamp",
    appName: "App name",
    appId: "App id",
    ipAddress: "IP address",
    deviceIdentifier: "Device identifier",
    devicePlatform: "Device platform",
    deviceState: "Device state",
    flag: "Flag sign-in errors for review:",
    enableFlagging: "Enable flagging",
    disableFlagging: "Disable flagging",
    flagNote:
      "Enable flagging, then make the error happen again within 20 minutes: your sign-ins are then flagged for your administrator to review.",
    close: "Close troubleshooting details",
    /** Errors whose page has its own heading and line (Identity Protection's risk block, decision 0085). */
    variant: {
      AADSTS53011: {
        title: "Your account is blocked",
        lead: "We've detected suspicious activity on your account. Contact your organization's administrator.",
      },
    },
  },
  /** The blocks without a documented AADSTS code (spec §6 GAP): the page names them itself. */
  blocked: {
    InvitationDomainBlocked: {
      title: "Invitations to {{domain}} are no longer allowed",
      body: "The inviting organization blocked your domain ({{domain}}) after you were invited, so this invitation can't be redeemed.",
    },
    RedemptionMethodOff: {
      title: "You can't sign in to {{organization}} this way any more",
      body: "{{organization}} no longer offers the way you accepted this invitation, so you can't sign in this way.",
    },
  },
};

export type ExitsMessages = typeof enExits;
