// The redemption, mailbox and demo APIs' own rules, before any route (issue "speed and hardening" §3, §4):
// a state-changing request must say `Content-Type: application/json` (so a cross-site "simple" form post
// cannot drive a flow), an over-long URL is 414, and a path no route serves is 404 — each with the
// documented error body (docs/api.md).
import { http, HttpResponse } from "msw";
import { DomainError } from "../domain/errors";
import { errorBody } from "./http";
import type { FakeWorldOptions } from "./options";

/** Longer than any address the API hands out (a redeem link is ~200 characters). */
export const MAX_URL_LENGTH = 4096;

function refuse(error: DomainError): Response {
  const { status, body } = errorBody(error);
  return HttpResponse.json(body, { status });
}

export function apiGuardHandler({ appOrigin }: FakeWorldOptions) {
  return http.all(`${appOrigin}/api/*`, ({ request }) => {
    if (request.url.length > MAX_URL_LENGTH) {
      return refuse(new DomainError("UriTooLong", 414, `The address is longer than ${MAX_URL_LENGTH} characters.`));
    }
    const mediaType = (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (["POST", "PUT", "PATCH"].includes(request.method) && mediaType !== "application/json") {
      return refuse(
        new DomainError("UnsupportedMediaType", 415, "State-changing requests need Content-Type: application/json.", {
          contentType: mediaType || "none",
        }),
      );
    }
    return undefined;
  });
}

/** Last among the API's handlers: an unknown path or method is the API's own 404, never the app shell. */
export function apiNotFoundHandler({ appOrigin }: FakeWorldOptions) {
  return http.all(`${appOrigin}/api/*`, ({ request }) =>
    refuse(new DomainError("RouteNotFound", 404, `No route for ${request.method} ${new URL(request.url).pathname}.`)),
  );
}
