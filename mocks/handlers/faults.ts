// Fault injection (issue "demo studio", for developers): latency, a failure rate, one failing endpoint, or
// offline. One handler in front of all others: it delays or fails a request, or lets it fall through.
// The demo controls themselves are never faulted, so the studio can always switch faults off.
import { delay, http, HttpResponse } from "msw";
import { FAKE_AUTHORITY_HOST, GRAPH_BASE } from "../../src/api/endpoints";
import type { Faults } from "../domain/state";
import { graphErrorResponse, graphRequestIds } from "./graph";
import { errorBody } from "./http";
import { DomainError } from "../domain/errors";
import type { FakeWorldOptions } from "./options";
import { oauthError } from "../idp/oauth";

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

export function faultHandler({ world, appOrigin }: FakeWorldOptions, random: () => number = Math.random) {
  return http.all("*", async ({ request }) => {
    const endpoint = faultEndpointOf(new URL(request.url), request.method, appOrigin);
    if (!endpoint) return undefined;
    const faults: Faults = world.read((state) => state.faults);
    if (faults.offline) return HttpResponse.error();
    const wait = faults.latencyMs + Math.round(random() * faults.jitterMs);
    if (wait > 0) await delay(wait);
    if (faults.failingEndpoint === endpoint || (faults.failureRate > 0 && random() < faults.failureRate)) {
      const fault = new DomainError("InjectedFault", 503, `A fault was injected for ${endpoint}.`, { endpoint });
      // Each service fails in its own envelope, as a client of that service expects.
      if (endpoint === "graph") return graphErrorResponse(fault, graphRequestIds(request));
      if (endpoint === "token" || endpoint === "idp") {
        const now = world.read((_, ctx) => ctx.now);
        return oauthError(
          503,
          "temporarily_unavailable",
          90033,
          `A transient error has occurred (fault injected for ${endpoint}). Please try again.`,
          now,
          {
            "Retry-After": "1",
          },
        );
      }
      const { body } = errorBody(fault);
      return HttpResponse.json(body, { status: 503 });
    }
    return undefined;
  });
}
