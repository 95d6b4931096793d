// The one way the fake world reports a failure: a DomainError carries the code the SPA branches on,
// the HTTP status the handlers answer with, and the values the error screen names (never HTML).
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: Record<string, string> = {},
    /** The failure itself changed the world (a wrong code counts as an attempt): save the changes. */
    readonly keepChanges = false,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string, details: Record<string, string> = {}) =>
  new DomainError(`${what}NotFound`, 404, `${what} not found.`, details);

/** An id token the redemption backend does not accept as a sign-in (why, in `details.reason`). */
export const invalidIdToken = (reason: string) =>
  new DomainError("InvalidIdToken", 401, "The identity token could not be verified.", { reason });
