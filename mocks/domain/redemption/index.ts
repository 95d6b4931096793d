// Redemption sessions: the server-driven flow. A session knows the current step; the SPA only renders it.
// Nothing is redeemed until the guest has proven the invited identity and accepted consent. One module per
// part of the spec; the steps and actions themselves are the flow table, src/api/flow.ts.
export { authorityFor } from "../accounts";
export { decideConsent } from "./consent";
export {
  answerCall,
  answerPush,
  callPhone,
  chooseChallengeMethod,
  finishRegistration,
  moveInWizard,
  proofUp,
  sendMfaSms,
  startAuthenticatorPush,
  verifyMfaCode,
} from "./mfa";
export { enterPasscode, passcodeAccount, sendPasscode } from "./passcode";
export { discoverFor, findLiveSession, findSession, SESSION_IDLE_MINUTES } from "./session";
export { chooseAccount, completeSignIn, restartSignIn, signIn } from "./sign-in";
export { signupBack, signupName, signupProfile, signupResendCode, signupSetPassword, signupVerify } from "./sign-up";
export { startDirectSession, startSession } from "./start";
export { decidePasskey } from "./passkey";
export { decideTerms } from "./terms";
export { sessionView } from "./view";
