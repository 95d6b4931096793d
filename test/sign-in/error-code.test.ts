// @vitest-environment node
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../src/auth/errorCode";

describe("MSAL failures in words", () => {
  it("hardening: §4.1 a code that is not a string is reported by the error's message, never [object Object]", () => {
    expect(errorCodeOf({ errorCode: "user_cancelled" })).toBe("user_cancelled");
    expect(errorCodeOf(Object.assign(new Error("The popup was blocked."), { errorCode: { nested: true } }))).toBe("The popup was blocked.");
    expect(errorCodeOf({ errorCode: 42 })).toBe("unknown_error");
    expect(errorCodeOf(null)).toBe("unknown_error");
    expect(errorCodeOf("timed_out")).toBe("timed_out");
  });
});
