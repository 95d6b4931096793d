// Fault injection (issue "demo studio", for developers): latency, a failure rate, one failing endpoint, or
// offline; a failure can be 503 or 429 with a Retry-After, and can be limited to the next N requests
// (so a client's retry policy can be seen to recover). One handler in front of all others: it delays or fails a request, or lets it fall through.
// The demo controls themselves are never faulted, so the studio can always switch faults off.
import { delay, http, HttpResponse } from "msw";
import { FAKE_AUTHORITY_HOST, GRAPH_BASE } from "../../src/api/endpoints";
import type { FaultSettings } from "../../src/api/contract";
import { NO_FAULTS, type Faults, type WorldState } from "../domain/state";
import { graphErrorResponse, graphRequestIds } from "./graph";
import { errorBody } from "./http";
import { DomainError } from "../domain/errors";
import type { FakeWorldOptions } from "./options";
import { oauthError } from "../idp/oauth";

/** Retry-After of an injected failure when the developer named none (Graph's own throttling often says 5). */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** Which fault endpoint a request belongs to, or undefined when faults do not apply to it. */
export function faultEndpointOf(url: URL, method: string, appOrigin: string): string | undefined {
  const href = url.href;
  if (href.startsWith(GRAPH_BASE)) return "graph";
  if (url.host === FAKE_AUTHORITY_HOST) return url.pathname.endsWith("/token") ? "token" : "idp";
  if (!href.startsWith(`${appOrigin}/api/`)) return undefined;
  const path = url.pathname.slice("/api/".length);
  if (path.startsWith("demo")) return undefined;
  if (path.startsWith("invitation")) return "invitation";
  if (path.startsWith("mailbox")) return "mailbox";
  if (path === "sessions" || path === "direct-sessions" || (path.startsWith("sessions/") && method === "GET")) return "sessions";
  if (path.startsWith("sessions/")) return "session-actions";
  return "other";
}

/** The faults a developer asked for, as the world stores them (a failing endpoint only when one is named). */
export function setFaults(state: WorldState, settings: FaultSettings): void {
  state.faults = settings.failingEndpoint ? { ...settings } : { ...settings, failingEndpoint: undefined, failCount: undefined };
}

export function clearFaults(state: WorldState): void {
  state.faults = NO_FAULTS;
}

/**
 * Whether this request to `endpoint` fails. A counted fault (`failCount`) is used up one request at a
 * time, across every msw client of the world, and then switches itself off.
 */
function takeFailure(world: FakeWorldOptions["world"], endpoint: string, random: () => number): boolean {
  return world.transact((state) => {
    const faults = state.faults;
    if (faults.failingEndpoint === endpoint) {
      if (faults.failCount === undefined) return true;
      const left = faults.failCount - 1;
      state.faults = left > 0 ? { ...faults, failCount: left } : { ...faults, failingEndpoint: undefined, failCount: undefined };
      return true;
    }
    return faults.failureRate > 0 && random() < faults.failureRate;
  });
}

export function faultHandler({ world, appOrigin }: FakeWorldOptions, random: () => number = Math.random) {
  return http.all("*", async ({ request }) => {
    const endpoint = faultEndpointOf(new URL(request.url), request.method, appOrigin);
    if (!endpoint) return undefined;
    const faults: Faults = await world.exclusive(async () => world.read((state) => state.faults));
    if (faults.offline) return HttpResponse.error();
    const wait = faults.latencyMs + Math.round(random() * faults.jitterMs);
    if (wait > 0) await delay(wait);
    const fails =
      (faults.failingEndpoint === endpoint || faults.failureRate > 0) &&
      (await world.exclusive(async () => takeFailure(world, endpoint, random)));
    if (fails) {
      const status = faults.failStatus ?? 503;
      const fault = new DomainError("InjectedFault", status, `A fault was injected for ${endpoint}.`, { endpoint });
      const retryAfter = String(faults.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
      // Each service fails in its own envelope, as a client of that service expects.
      if (endpoint === "graph") {
        const response = graphErrorResponse(fault, graphRequestIds(request));
        response.headers.set("Retry-After", retryAfter);
        return response;
      }
      // A login host answers as an OAuth server does (RFC 6749 §5.2), never in another envelope.
      if (endpoint === "token" || endpoint === "idp") {
        const now = await world.exclusive(async () => world.read((_, ctx) => ctx.now));
        return oauthError(
          status,
          "temporarily_unavailable",
          90033,
          `A transient error has occurred (fault injected for ${endpoint}). Please try again.`,
          now,
          { "Retry-After": retryAfter },
        );
      }
      const { body } = errorBody(fault);
      return HttpResponse.json(body, { status, headers: { "Retry-After": retryAfter } });
    }
    return undefined;
  });
}
