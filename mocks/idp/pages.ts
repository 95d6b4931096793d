// The fake identity provider's own pages, rendered as HTML by the msw handlers (as a real IdP renders them
// on its server). They run no app code, so the popup never boots the SPA (no nested MSAL, no router).
// Every interpolated value goes through `escapeHtml`.

export type PageLanguage = "en" | "nl";

const COPY = {
  en: {
    signIn: "Sign in",
    emailLabel: "Email, phone, or Skype",
    next: "Next",
    enterPassword: "Enter password",
    passwordLabel: "Password",
    signInButton: "Sign in",
    back: "Back",
    demoHint: (email: string, password: string) =>
      `Simulator demo: sign in as ${email} with the password ${password}.`,
    notFound:
      "AADSTS50034: We couldn't find an account with that username. Make sure you typed it correctly, or use another account.",
    badPassword: "AADSTS50126: Your account or password is incorrect. If you don't remember your password, reset it now.",
    emptyEmail: "Enter a valid email address, phone number, or Skype name.",
    emptyPassword: "Please enter your password.",
    errorTitle: "Sorry, but we're having trouble signing you in.",
    simulated: "Simulated sign-in page — no real account is used.",
    orgAccount: (org: string) => `Sign in with your ${org} account`,
  },
  nl: {
    signIn: "Aanmelden",
    emailLabel: "E-mail, telefoon of Skype",
    next: "Volgende",
    enterPassword: "Wachtwoord invoeren",
    passwordLabel: "Wachtwoord",
    signInButton: "Aanmelden",
    back: "Terug",
    demoHint: (email: string, password: string) =>
      `Simulatordemo: meld je aan als ${email} met het wachtwoord ${password}.`,
    notFound:
      "AADSTS50034: We kunnen geen account met die gebruikersnaam vinden. Controleer of je deze goed hebt getypt, of gebruik een ander account.",
    badPassword:
      "AADSTS50126: Je account of wachtwoord is onjuist. Als je je wachtwoord niet meer weet, stel het dan nu opnieuw in.",
    emptyEmail: "Voer een geldig e-mailadres, telefoonnummer of Skype-naam in.",
    emptyPassword: "Voer je wachtwoord in.",
    errorTitle: "Er is een probleem met aanmelden.",
    simulated: "Gesimuleerde aanmeldpagina — er wordt geen echt account gebruikt.",
    orgAccount: (org: string) => `Meld je aan met je ${org}-account`,
  },
} as const;

export function pageLanguage(uiLocales: string | null | undefined): PageLanguage {
  return uiLocales?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;min-height:100vh;background:#f2f2f2;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;color:#1b1b1b;display:flex;flex-direction:column;align-items:center}
main{width:100%;max-width:440px;margin:48px 16px 16px;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px}
.brand{display:flex;align-items:center;gap:8px;font-weight:600;font-size:15px}
.mark{width:24px;height:24px;border-radius:3px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}
h1{font-size:24px;font-weight:600;margin:16px 0 12px;outline:none}
label{display:block;font-size:13px;margin-top:12px}
input[type=email],input[type=password]{width:100%;font:inherit;font-size:15px;padding:6px 0;border:0;border-bottom:1px solid #666;outline-offset:2px}
input[aria-invalid=true]{border-bottom-color:#e81123}
.identity{margin-top:12px;font-size:15px}
.error{color:#e81123;font-size:15px;margin:8px 0}
.actions{display:flex;justify-content:flex-end;gap:8px;margin-top:24px}
button{font:inherit;min-width:108px;min-height:32px;padding:4px 12px;border:1px solid transparent;cursor:pointer}
button.primary{background:#0067b8;color:#fff}button.primary:hover{background:#005da6}
button.secondary{background:#ccc;color:#000;min-width:32px}
button:focus-visible,a:focus-visible,input:focus-visible{outline:2px solid #1b1b1b;outline-offset:2px}
.hint{margin-top:24px;padding:8px 12px;background:#fff4ce;border-left:4px solid #8a6d00;font-size:13px}
footer{font-size:12px;color:#605e5c;margin:8px 16px}
`;

function layout(lang: PageLanguage, title: string, body: string, brand: { name: string; color: string }): string {
  const copy = COPY[lang];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body><main>
<div class="brand"><span class="mark" aria-hidden="true" style="background:${escapeHtml(brand.color)}">${escapeHtml(
    brand.name.slice(0, 1).toUpperCase(),
  )}</span>${escapeHtml(brand.name)}</div>
${body}
</main><footer>${escapeHtml(copy.simulated)}</footer></body></html>`;
}

function hiddenFields(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
}

export interface SignInPageInput {
  lang: PageLanguage;
  step: "email" | "password";
  action: string;
  /** The /authorize parameters, carried through the form posts. */
  params: Record<string, string>;
  brand: { name: string; color: string };
  email: string;
  error?: "notFound" | "badPassword" | "emptyEmail" | "emptyPassword";
  demo: { email: string; password: string };
}

export function signInPage(input: SignInPageInput): string {
  const copy = COPY[input.lang];
  const error = input.error ? copy[input.error] : undefined;
  const errorHtml = error ? `<p class="error" id="field-error" role="alert">${escapeHtml(error)}</p>` : "";
  const described = error ? ` aria-invalid="true" aria-describedby="field-error"` : "";
  const hint = `<p class="hint">${escapeHtml(copy.demoHint(input.demo.email, input.demo.password))}</p>`;
  const common = hiddenFields(input.params);
  const body =
    input.step === "email"
      ? `<h1 id="heading">${escapeHtml(copy.signIn)}</h1>
<p>${escapeHtml(copy.orgAccount(input.brand.name))}</p>
<form method="post" action="${escapeHtml(input.action)}" novalidate>${common}
<input type="hidden" name="step" value="email">
<label for="email">${escapeHtml(copy.emailLabel)}</label>
<input id="email" name="email" type="email" autocomplete="username" autofocus value="${escapeHtml(input.email)}"${described}>
${errorHtml}
<div class="actions"><button class="primary" type="submit">${escapeHtml(copy.next)}</button></div>
</form>${hint}`
      : `<form class="identity" method="post" action="${escapeHtml(input.action)}">${common}
<input type="hidden" name="step" value="back"><input type="hidden" name="email" value="${escapeHtml(input.email)}">
<button class="secondary" type="submit" aria-label="${escapeHtml(copy.back)}">&larr;</button> ${escapeHtml(input.email)}
</form>
<h1 id="heading">${escapeHtml(copy.enterPassword)}</h1>
<form method="post" action="${escapeHtml(input.action)}" novalidate>${common}
<input type="hidden" name="step" value="password"><input type="hidden" name="email" value="${escapeHtml(input.email)}">
<label for="password">${escapeHtml(copy.passwordLabel)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" autofocus${described}>
${errorHtml}
<div class="actions"><button class="primary" type="submit">${escapeHtml(copy.signInButton)}</button></div>
</form>${hint}`;
  return layout(input.lang, copy.signIn, body, input.brand);
}

export function errorPage(lang: PageLanguage, code: string, message: string, correlationId: string, now: Date): string {
  const copy = COPY[lang];
  const body = `<h1 id="heading">${escapeHtml(copy.errorTitle)}</h1>
<p role="alert">${escapeHtml(`${code}: ${message}`)}</p>
<dl><dt>Correlation ID</dt><dd>${escapeHtml(correlationId)}</dd><dt>Timestamp</dt><dd>${escapeHtml(
    now.toISOString(),
  )}</dd></dl>`;
  return layout(lang, copy.errorTitle, body, { name: "Microsoft Entra (simulated)", color: "#0067b8" });
}
