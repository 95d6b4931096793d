// The last handler: nothing addressed to a service the fake world stands in for passes to the network.
// Graph answers its own unknown paths (graph.ts); a login host's unknown path is an OAuth error; any other
// request to a Microsoft host fails loudly, as does any other cross-origin request in dev and tests. The
// app's own files (same origin) are left to the network.
import { http, HttpResponse } from "msw";
import { FAKE_AUTHORITY_HOST } from "../../src/api/endpoints";
import { NO_STORE } from "../idp/oauth";
import type { FakeWorldOptions } from "./options";

const LOGIN_HOSTS = [FAKE_AUTHORITY_HOST, "login.microsoftonline.com", "login.live.com", "login.windows.net", "sts.windows.net"];
const MICROSOFT_HOSTS =
  /(^|\.)(microsoft\.com|microsoftonline\.com|live\.com|windows\.net|office\.com|msauth\.net|msftauth\.net|azure\.com)$/;

export function unhandledHandler({ appOrigin }: FakeWorldOptions) {
  return http.all("*", ({ request }) => {
    const url = new URL(request.url);
    if (url.origin === appOrigin) return undefined;
    if (LOGIN_HOSTS.includes(url.hostname)) {
      return HttpResponse.json(
        { error: "invalid_request", error_description: `The fake Entra does not serve ${url.pathname}.` },
        { status: 400, headers: NO_STORE },
      );
    }
    console.error(`[fake world] refused a request to ${url.origin}${url.pathname}: the fake world does not let it reach the network.`);
    if (MICROSOFT_HOSTS.test(url.hostname)) {
      return HttpResponse.json(
        { error: { code: "NotServedByFakeWorld", message: `The fake world does not serve ${url.href}.` } },
        { status: 501 },
      );
    }
    return HttpResponse.error();
  });
}
