// OAuth 2.0 answers of the fake Entra: error JSON in Entra's shape, the no-store headers every token
// response carries (RFC 6749 §5.1), and authorization responses in the requested response mode.
import { HttpResponse } from "msw";
import { FAKE_AUTHORITY_HOST } from "../../src/api/endpoints";
import { newId } from "../domain/ids";
import { escapeHtml } from "./pages";

/** RFC 6749 §5.1: token responses, and their errors, must not be cached. */
export const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" } as const;

/** Entra's error JSON: `error`, `error_description` "AADSTSnnn: …", `error_codes`, ids and time. */
export function oauthErrorBody(error: string, code: number, description: string, now: Date) {
  return {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: now.toISOString(),
    trace_id: newId(),
    correlation_id: newId(),
    error_uri: `https://${FAKE_AUTHORITY_HOST}/error?code=${code}`,
  };
}

export function oauthError(
  status: number,
  error: string,
  code: number,
  description: string,
  now: Date,
  headers: Record<string, string> = {},
): Response {
  return HttpResponse.json(oauthErrorBody(error, code, description, now), { status, headers: { ...NO_STORE, ...headers } });
}

export type ResponseMode = "query" | "fragment" | "form_post";

export const RESPONSE_MODES: readonly ResponseMode[] = ["query", "fragment", "form_post"];

/**
 * An authorization response (success or error) delivered to the client's redirect URI. query and
 * fragment answer `{location}` (the page script navigates there); form_post answers an auto-submitting
 * form page (OAuth 2.0 Form Post Response Mode).
 */
export function authorizationResponse(redirectUri: string, mode: ResponseMode, fields: Record<string, string | undefined>): Response {
  const present = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (mode === "form_post") {
    const inputs = present.map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join("");
    return HttpResponse.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Working…</title></head>` +
        `<body onload="document.forms[0].submit()"><form method="post" action="${escapeHtml(redirectUri)}" data-auto-submit>` +
        `${inputs}<noscript><button type="submit">Continue</button></noscript></form></body></html>`,
      { headers: NO_STORE },
    );
  }
  const query = new URLSearchParams(present).toString();
  const url = new URL(redirectUri);
  if (mode === "query") {
    url.search = url.search ? `${url.search}&${query}` : query;
  } else {
    url.hash = query;
  }
  return HttpResponse.json({ location: url.href }, { headers: NO_STORE });
}
