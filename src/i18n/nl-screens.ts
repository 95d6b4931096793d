// Nederlandse teksten van alle schermen na de uitnodigingspagina, samen. Zelfde sleutels als en-screens.ts.
import type { ScreenMessages } from "./en-screens";
import { nlSignIn } from "./screens/nl-sign-in";
import { nlFieldErrors } from "./screens/nl-field-errors";
import { nlChooser } from "./screens/nl-chooser";
import { nlPasscode } from "./screens/nl-passcode";
import { nlSignup } from "./screens/nl-signup";
import { nlConsent } from "./screens/nl-consent";
import { nlTerms } from "./screens/nl-terms";
import { nlMfa } from "./screens/nl-mfa";
import { nlExits } from "./screens/nl-exits";
import { nlDone } from "./screens/nl-done";
import { nlPages } from "./screens/nl-pages";

export const nlScreens: ScreenMessages = {
  ...nlSignIn,
  ...nlFieldErrors,
  ...nlChooser,
  ...nlPasscode,
  ...nlSignup,
  ...nlConsent,
  ...nlTerms,
  ...nlMfa,
  ...nlExits,
  ...nlDone,
  ...nlPages,
};
