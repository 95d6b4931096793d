// Every handler of the fake world, in one list: the browser worker and the node server use the same.
import { getResponse, http, HttpResponse, type RequestHandler } from "msw";
import { MOCK_IDP_API } from "../../src/api/endpoints";
import { newOpaqueToken } from "../domain/ids";
import { apiGuardHandler, apiNotFoundHandler } from "./api-guard";
import { demoHandlers } from "./demo";
import { faultHandler } from "./faults";
import { graphHandlers } from "./graph";
import { guestSettingsHandlers } from "./guest-settings";
import { errorBody } from "./http";
import { idpHandlers } from "./idp";
import { mailboxHandlers } from "./mailbox";
import type { FakeWorldOptions } from "./options";
import { redemptionHandlers } from "./redemption";
import { unhandledHandler } from "./unhandled";

export type { FakeWorldOptions } from "./options";

/** The paths on the app's own origin that the fake world answers; every other one is the app's own file. */
export const WORLD_PATHS_ON_APP_ORIGIN = ["/api/", `${MOCK_IDP_API}/`] as const;

/** The handlers that read or write the world, in the order they are tried. */
export function worldHandlers(options: FakeWorldOptions): RequestHandler[] {
  return [
    ...redemptionHandlers(options),
    ...mailboxHandlers(options),
    ...guestSettingsHandlers(options),
    ...demoHandlers(options),
    ...graphHandlers(options),
    ...idpHandlers(options),
    apiNotFoundHandler(options),
  ];
}

/**
 * The browser profile's session cookie on the redemption service (Entra's is ESTSAUTH). Sign-in state the
 * fake world keeps, such as a passcode session, belongs to the browser that holds it. msw keeps mocked
 * cookies per browser profile; a client that sends none is another browser.
 */
export const BROWSER_COOKIE = "ESTSAUTH";
const BROWSER_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * One request at a time touches the world (World.exclusive: across tabs and the popup in the browser),
 * from reading it to saving it, so two tabs acting at once never lose an update.
 */
function oneRequestAtATime(options: FakeWorldOptions, handlers: RequestHandler[]) {
  const { world, appOrigin } = options;
  const touchesWorld = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    return url.origin !== appOrigin || WORLD_PATHS_ON_APP_ORIGIN.some((prefix) => url.pathname.startsWith(prefix));
  };
  return http.all(touchesWorld, async ({ request, cookies }) => {
    const sent = cookies[BROWSER_COOKIE];
    const known = sent !== undefined && BROWSER_ID.test(sent);
    const browser = known ? sent : newOpaqueToken();
    try {
      const response = await world.exclusive(() => getResponse(handlers, request), { browser });
      if (!response || known || response.type === "error" || new URL(request.url).origin !== appOrigin) return response;
      // A browser drops Set-Cookie added to a finished Response; msw reads it from the init of a new one.
      const headers = new Headers(response.headers);
      headers.append("Set-Cookie", `${BROWSER_COOKIE}=${browser}; Path=/; HttpOnly; SameSite=Lax`);
      return new HttpResponse(response.body, { status: response.status, statusText: response.statusText, headers });
    } catch (error) {
      // Saving failed (the browser's storage is full): the request's changes are not kept, and it says so.
      const { status, body } = errorBody(error);
      return HttpResponse.json(body, { status });
    }
  });
}

export function createHandlers(options: FakeWorldOptions) {
  return [apiGuardHandler(options), faultHandler(options), oneRequestAtATime(options, worldHandlers(options)), unhandledHandler(options)];
}
