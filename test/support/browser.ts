// The test's browser profile: in node, fetch keeps no cookies, so tests would each be a new browser on
// every request. This wraps the global fetch with one cookie jar for the simulator's origin — the browser
// the test's guest uses — reset before each test. `fetchFromAnotherBrowser` is a client with no cookies:
// an attacker who knows only the guest's address, or another device.
import { TEST_ORIGIN } from "../../mocks/node";

const jar = new Map<string, string>();
/** The fetch msw intercepts, as it was when the test browser was installed. */
let underlying: typeof fetch = (...args) => globalThis.fetch(...args);
export const fetchFromAnotherBrowser: typeof fetch = (input, init) => underlying(input, init);

function sameOrigin(input: RequestInfo | URL): boolean {
  const url = input instanceof Request ? input.url : String(input);
  return url.startsWith(`${TEST_ORIGIN}/`);
}

async function browserFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (!sameOrigin(input) || jar.size === 0) return remember(input, await fetchFromAnotherBrowser(input, init));
  const request = new Request(input, init);
  const cookies = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const sent = request.headers.get("Cookie");
  request.headers.set("Cookie", sent ? `${sent}; ${cookies}` : cookies);
  return remember(input, await fetchFromAnotherBrowser(request));
}

function remember(input: RequestInfo | URL, response: Response): Response {
  if (!sameOrigin(input)) return response;
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return response;
}

/** Makes the global fetch this test browser; `forget` starts a fresh profile (each test gets one). */
export const testBrowser = {
  install: () => {
    underlying = globalThis.fetch.bind(globalThis);
    globalThis.fetch = browserFetch as typeof fetch;
  },
  forget: () => jar.clear(),
  /** This profile's browser id (its ESTSAUTH cookie), once a request to the simulator's origin has set it. */
  id: (): string | undefined => jar.get("ESTSAUTH"),
};
