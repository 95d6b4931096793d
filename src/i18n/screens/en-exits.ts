// English copy of the side exits: blocked, redeemed by another identity, no identity provider, wrong account. Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-exits.ts has the same keys.
export const enExits = {
  blocked: {
    AADSTS53003: {
      title: "Access has been blocked by Conditional Access policies",
      body: "AADSTS53003: {{organization}}'s Conditional Access policies block this sign-in. Only {{organization}}'s administrator can change that.",
    },
    AADSTS500212: {
      title: "Your organization doesn't allow this access",
      body: "AADSTS500212: {{home}}'s cross-tenant access settings block access to {{organization}}. Contact your IT department.",
    },
    AADSTS500213: {
      title: "{{organization}} doesn't allow users from your organization",
      body: "AADSTS500213: {{organization}}'s cross-tenant access settings block users from {{home}}. Contact {{organization}}.",
    },
    AADSTS50057: {
      title: "Your account is disabled",
      body: "AADSTS50057: The administrator of the inviting organization blocked sign-in for {{email}}. Contact them to have it unblocked.",
    },
    AADSTS500121: {
      title: "We couldn't sign you in",
      body: "AADSTS500121: The sign-in request wasn't approved in the Authenticator app, so authentication didn't finish. Sign in again to get a new request.",
    },
    InvitationDomainBlocked: {
      title: "Invitations to {{domain}} are no longer allowed",
      body: "The inviting organization blocked your domain ({{domain}}) after you were invited, so this invitation can't be redeemed.",
    },
    RedemptionMethodOff: {
      title: "You can't sign in to {{organization}} this way any more",
      body: "{{organization}} no longer offers the way you accepted this invitation. Until its administrator resets your redemption status, you can't sign in; after that you accept the invitation again with a way it does offer.",
    },
    next: "Contact the person who invited you.",
  },
  noIdp: {
    heading: "This link can't be used to redeem your invitation",
    body: "{{org}} has no sign-in method for {{email}} on a direct link: you have no work, school or Microsoft account, and one-time passcodes are turned off.",
    next: "Open the invitation e-mail and use its Accept invitation link, or ask {{org}} to turn on e-mail one-time passcodes.",
  },
  wrongAccount: {
    googleHeading: "You picked a different Google account",
    googleBody:
      "Google signed you in as {{signedIn}}, but this invitation is for {{invited}}. In Google's account chooser, pick the invited account.",
    heading: "You signed in with a different account",
    code: "AADSTS50020",
    body: "User account “{{signedIn}}” from identity provider “{{idp}}” does not exist in tenant “{{org}}” and cannot access the application.",
    invited: "This invitation is for {{invited}}.",
    help: "Sign in with the account the invitation was sent to. If you need to use a different account permanently, ask {{org}} to reset your redemption status.",
    switch: "Sign in with a different account",
    privateWindow: "If the wrong account keeps being used, open the invitation in a private (InPrivate/Incognito) window.",
  },
};

export type ExitsMessages = typeof enExits;
