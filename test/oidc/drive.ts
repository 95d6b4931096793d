// Drives the fake Entra's sign-in pages as a browser would, for clients that only build an authorize URL
// and then read the redirect: the authorize endpoint is an app-shell page (MOCK_IDP_PAGE_PREFIX) whose
// script fetches its pages from MOCK_IDP_API and posts their forms (mocks/idp/popup.ts, decision 0003).
// This does exactly what that script does, with fetch, and parses the pages' forms.
import { MOCK_IDP_API, MOCK_IDP_PAGE_PREFIX } from "../../src/api/endpoints";

export type Outcome =
  /** query/fragment: where the page script navigates (a redirect to the client). */
  | { kind: "redirect"; location: URL }
  /** form_post: the auto-submitting form's target and fields. */
  | { kind: "form_post"; action: string; fields: Record<string, string> }
  /** an HTML page shown to the user (a sign-in step or an error page). */
  | { kind: "page"; status: number; html: string };

const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The main form of a page (the one with an e-mail or password field, else the first): action and hidden fields. */
export function firstForm(html: string): { action: string; fields: Record<string, string> } {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  const form = forms.find((f) => /type="(email|password)"/.test(f[2] ?? "")) ?? forms[0];
  if (!form) throw new Error(`no form on the page: ${html.slice(0, 400)}`);
  const action = unescape(/action="([^"]*)"/.exec(form[1] ?? "")?.[1] ?? "");
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? "").matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[unescape(input[1] ?? "")] = unescape(input[2] ?? "");
  }
  return { action, fields };
}

async function outcomeOf(res: Response): Promise<Outcome> {
  if (res.headers.get("Content-Type")?.includes("json")) {
    return { kind: "redirect", location: new URL(((await res.json()) as { location: string }).location) };
  }
  const html = await res.text();
  if (/<form\b[^>]*data-auto-submit/.test(html)) {
    const { action, fields } = firstForm(html);
    return { kind: "form_post", action, fields };
  }
  return { kind: "page", status: res.status, html };
}

const isFakeEntraPage = (url: URL) => url.pathname.startsWith(MOCK_IDP_PAGE_PREFIX);

/**
 * What the page at an authorize or end-session URL of the fake Entra does first. A navigation to another of
 * its pages (the resource tenant handing over to the home IdP, addendum §11.1) is followed, as a browser would.
 */
export async function open(url: URL): Promise<Outcome> {
  const [tenant, , , endpoint] = url.pathname.slice(MOCK_IDP_PAGE_PREFIX.length).split("/");
  if (!isFakeEntraPage(url) || !tenant) throw new Error(`not a fake Entra page: ${url.href}`);
  return follow(await outcomeOf(await fetch(`${url.origin}${MOCK_IDP_API}/${tenant}/${endpoint}${url.search}`)));
}

async function follow(outcome: Outcome): Promise<Outcome> {
  return outcome.kind === "redirect" && isFakeEntraPage(outcome.location) ? open(outcome.location) : outcome;
}

/** Fills in the e-mail step and then the password step of each sign-in page on the way. */
export async function signIn(url: URL, email: string, password: string): Promise<Outcome> {
  let outcome = await open(url);
  for (let page = 0; page < 4 && outcome.kind === "page"; page += 1) {
    // A page with nothing to fill in (an error page; its only form is "sign in with a different account") ends the sign-in.
    if (!/type="(email|password)"|class="accounts"|name="answer"/.test(outcome.html)) return outcome;
    const form = firstForm(outcome.html);
    // "Stay signed in?" (a member's sign-in, addendum §10.2): No, as a guest on a shared computer would.
    const value: Record<string, string> = /type="password"/.test(outcome.html)
      ? { password }
      : /name="answer"/.test(outcome.html)
        ? { answer: "no" }
        : {};
    const res = await fetch(form.action, { method: "POST", body: new URLSearchParams({ ...form.fields, email, ...value }) });
    outcome = await follow(await outcomeOf(res));
  }
  return outcome;
}

export function redirectOf(outcome: Outcome): URL {
  if (outcome.kind !== "redirect") {
    const text =
      outcome.kind === "page"
        ? outcome.html
            .replace(/<style>[\s\S]*?<\/style>/, "")
            .replace(/<[^>]+>/g, " ")
            .replace(/\s+/g, " ")
        : "";
    throw new Error(`expected a redirect, got ${outcome.kind}: ${text.slice(0, 600)}`);
  }
  return outcome.location;
}
