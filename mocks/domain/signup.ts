// Creating a personal Microsoft account with the invited address (spec §4.6, path P6). The MSA sign-up
// screens are not documented (GAP): the wizard follows the issue — password with visible rules, a
// verification code by e-mail, name, country/region and birth date (docs/decisions/0010).
import { DomainError } from "./errors";
import { randomDigits } from "./passcode";
export { birthDateProblem, isCountryCode, nameProblem, passwordProblems } from "../../src/api/rules";
import type { SignupDraft } from "./state";

export const SIGNUP_CODE_LENGTH = 4;
export const SIGNUP_CODE_VALIDITY_MINUTES = 30;

export const SIGNUP_STEPS: readonly SignupDraft["step"][] = ["password", "verify", "name", "profile"];

export function newSignupDraft(): SignupDraft {
  return { step: "password", verified: false };
}

export function newVerificationCode(draft: SignupDraft, now: Date): string {
  draft.verificationCode = randomDigits(SIGNUP_CODE_LENGTH);
  draft.codeIssuedAt = now.toISOString();
  return draft.verificationCode;
}

export function checkVerificationCode(draft: SignupDraft, input: string, now: Date): void {
  const code = input.replace(/\s+/g, "");
  if (!new RegExp(`^\\d{${SIGNUP_CODE_LENGTH}}$`).test(code)) {
    throw new DomainError("VerificationCodeMalformed", 400, `The code has ${SIGNUP_CODE_LENGTH} digits.`, {
      length: String(SIGNUP_CODE_LENGTH),
      field: "code",
    });
  }
  const issued = draft.codeIssuedAt ? new Date(draft.codeIssuedAt).getTime() : 0;
  if (now.getTime() - issued > SIGNUP_CODE_VALIDITY_MINUTES * 60_000) {
    throw new DomainError("VerificationCodeExpired", 400, "That code has expired.", { field: "code" });
  }
  if (code !== draft.verificationCode)
    throw new DomainError("VerificationCodeIncorrect", 400, "That code is not correct.", { field: "code" });
}
