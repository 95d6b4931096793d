// English copy of every guest screen after the invitation page, together: the "screens" part, for what shows
// many of them (the mailbox, the admin page, the studio, the tests). Each screen loads only its own parts
// (./screens/*, listed with the screens in src/app/steps.ts and src/app/routes.tsx), so the first page carries
// its own strings only. nl-screens.ts has the same keys.
import { enSignIn } from "./screens/en-sign-in";
import { enFieldErrors } from "./screens/en-field-errors";
import { enChooser } from "./screens/en-chooser";
import { enPasscode } from "./screens/en-passcode";
import { enSignup } from "./screens/en-signup";
import { enConsent } from "./screens/en-consent";
import { enTerms } from "./screens/en-terms";
import { enMfa } from "./screens/en-mfa";
import { enExits } from "./screens/en-exits";
import { enDone } from "./screens/en-done";
import { enPages } from "./screens/en-pages";

export const enScreens = {
  ...enSignIn,
  ...enFieldErrors,
  ...enChooser,
  ...enPasscode,
  ...enSignup,
  ...enConsent,
  ...enTerms,
  ...enMfa,
  ...enExits,
  ...enDone,
  ...enPages,
};

export type ScreenMessages = typeof enScreens;
