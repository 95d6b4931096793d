// The fake identity providers' own pages, rendered as HTML by the msw handlers (as a real IdP renders them
// on its server) and shown by mocks/idp/popup.ts. Four looks: a work account's home tenant, a personal
// Microsoft account, Google, and a partner SAML/WS-Fed IdP. Every interpolated value goes through
// `escapeHtml`. Marks are drawn here, never copied from the real services.
import type { BrandingView } from "../../src/api/contract";
import { parseSignInText, type SignInTextPart } from "../../src/lib/signInText";
import { enExits } from "../../src/i18n/screens/en-exits";
import { nlExits } from "../../src/i18n/screens/nl-exits";
import type { UpdatePasswordError } from "../domain/password-expiry";

export type PageLanguage = "en" | "nl";
export type Look = "entra" | "msa" | "google" | "saml";
export type PageError = "notFound" | "badPassword" | "emptyEmail" | "emptyPassword" | "locked";

/** Entra's troubleshooting details read the same on the login host's pages as in the app (one copy). */
const TROUBLE_EN = enExits.entraError;
const TROUBLE_NL = nlExits.entraError;

const COPY = {
  en: {
    signIn: "Sign in",
    emailLabel: { entra: "Email, phone, or Skype", msa: "Email, phone, or Skype", google: "Email or phone", saml: "Username" },
    subtitle: {
      entra: (org: string) => `Sign in with your ${org} account`,
      msa: () => "Use your personal Microsoft account.",
      google: () => "to continue to Microsoft",
      saml: (org: string) => `${org} single sign-on`,
    },
    next: "Next",
    enterPassword: "Enter password",
    passwordLabel: "Password",
    signInButton: "Sign in",
    back: "Back",
    chooseAccount: "Choose an account",
    useAnother: "Use another account",
    demoHint: (email: string, password: string) => `Simulator demo: sign in as ${email} with the password ${password}.`,
    notFound: {
      entra: "We couldn't find an account with that username. Make sure you typed it correctly, or use another account.",
      msa: "That Microsoft account doesn't exist. Enter a different account or get a new one.",
      google: "Couldn't find your Google Account.",
      saml: "Unknown user name or bad password.",
    },
    badPassword: {
      entra: "Your account or password is incorrect. If you don't remember your password, reset it now.",
      msa: "Your account or password is incorrect.",
      google: "Wrong password. Try again or click Forgot password to reset it.",
      saml: "Unknown user name or bad password.",
    },
    emptyEmail: "Enter a valid email address, phone number, or Skype name.",
    emptyPassword: "Please enter your password.",
    // AADSTS50053 smart lockout, inline on the password page (addendum §14.1–14.2; paraphrase, no code shown).
    locked:
      "Your account is temporarily locked to prevent unauthorized use. Try again later, and if you still have trouble, contact your admin.",
    errorTitle: "Sorry, but we're having trouble signing you in.",
    signOutHeading: "Sign out",
    errorTitleSignOut: "Sorry, but we're having trouble signing you out.",
    signedOut: "You signed out of your account",
    signedOutBody: "It's a good idea to close all browser windows.",
    notReturning: (uri: string) => `The app asked to return to ${uri}, which is not registered for it, so you stay here.`,
    simulated: "Simulated sign-in page — no real account is used.",
    termsOfUse: "Terms of use",
    privacyCookies: "Privacy & cookies",
    simulatorStrip: "Simulator",
    pickAccount: "Pick an account",
    pickToSignOut: "Pick an account to sign out",
    signedInStatus: "Signed in",
    signedOutStatus: "Signed out",
    tileOptions: (email: string) => `Options for ${email}`,
    tileSignOut: "Sign out",
    tileForget: "Forget",
    kmsiHeading: "Stay signed in?",
    kmsiBody: "Do this to reduce the number of times you are asked to sign in.",
    kmsiDontShow: "Don't show this again",
    no: "No",
    yes: "Yes",
    switchAccount: "Sign out and sign in with a different account",
    // AADSTS50055 (addendum §14.2): the exact copy is a GAP; paraphrased in Entra's style (decision 0074).
    updatePassword: {
      heading: "Update your password",
      body: "You need to update your password because this is the first time you are signing in, or because your password has expired.",
      current: "Current password",
      next: "New password",
      confirm: "Confirm password",
      submit: "Sign in",
      demoHint: (password: string) =>
        `Simulator demo: the current password is ${password}. A new one needs 8 to 256 characters and three of: lowercase, uppercase, digits, symbols.`,
      errors: {
        emptyCurrent: "Please enter your current password.",
        wrongCurrent: "Your current password is incorrect. Enter the password you just signed in with.",
        emptyNew: "Please enter a new password.",
        weakPassword:
          "Your new password doesn't meet the requirements: use 8 to 256 characters and at least three of these: lowercase letters, uppercase letters, numbers and symbols.",
        mismatch: "The passwords don't match. Type the new password again in both boxes.",
        sameAsCurrent: "Your new password can't be the same as your current password. Choose a different one.",
      },
    },
    trouble: TROUBLE_EN,
  },
  nl: {
    signIn: "Aanmelden",
    emailLabel: {
      entra: "E-mail, telefoon of Skype",
      msa: "E-mail, telefoon of Skype",
      google: "E-mailadres of telefoonnummer",
      saml: "Gebruikersnaam",
    },
    subtitle: {
      entra: (org: string) => `Meld je aan met je ${org}-account`,
      msa: () => "Gebruik je persoonlijke Microsoft-account.",
      google: () => "om door te gaan naar Microsoft",
      saml: (org: string) => `Eenmalige aanmelding bij ${org}`,
    },
    next: "Volgende",
    enterPassword: "Wachtwoord invoeren",
    passwordLabel: "Wachtwoord",
    signInButton: "Aanmelden",
    back: "Terug",
    chooseAccount: "Kies een account",
    useAnother: "Een ander account gebruiken",
    demoHint: (email: string, password: string) => `Simulatordemo: meld je aan als ${email} met het wachtwoord ${password}.`,
    notFound: {
      entra: "We kunnen geen account met die gebruikersnaam vinden. Controleer of je deze goed hebt getypt, of gebruik een ander account.",
      msa: "Dat Microsoft-account bestaat niet. Voer een ander account in of maak een nieuw account.",
      google: "Kan je Google-account niet vinden.",
      saml: "Onbekende gebruikersnaam of onjuist wachtwoord.",
    },
    badPassword: {
      entra: "Je account of wachtwoord is onjuist. Als je je wachtwoord niet meer weet, stel het dan nu opnieuw in.",
      msa: "Je account of wachtwoord is onjuist.",
      google: "Onjuist wachtwoord. Probeer het opnieuw of klik op Wachtwoord vergeten.",
      saml: "Onbekende gebruikersnaam of onjuist wachtwoord.",
    },
    emptyEmail: "Voer een geldig e-mailadres, telefoonnummer of Skype-naam in.",
    emptyPassword: "Voer je wachtwoord in.",
    locked:
      "Je account is tijdelijk vergrendeld om onbevoegd gebruik te voorkomen. Probeer het later opnieuw. Neem contact op met je beheerder als het probleem blijft.",
    errorTitle: "Sorry, er is een probleem bij het aanmelden.",
    signOutHeading: "Afmelden",
    errorTitleSignOut: "Sorry, er is een probleem bij het afmelden.",
    signedOut: "Je bent afgemeld bij je account",
    signedOutBody: "Het is verstandig om alle browservensters te sluiten.",
    notReturning: (uri: string) =>
      `De app vroeg om terug te gaan naar ${uri}, maar dat adres is niet voor de app geregistreerd. Je blijft hier.`,
    simulated: "Gesimuleerde aanmeldpagina — er wordt geen echt account gebruikt.",
    termsOfUse: "Gebruiksvoorwaarden",
    privacyCookies: "Privacy en cookies",
    simulatorStrip: "Simulator",
    pickAccount: "Een account kiezen",
    pickToSignOut: "Kies een account om af te melden",
    signedInStatus: "Aangemeld",
    signedOutStatus: "Afgemeld",
    tileOptions: (email: string) => `Opties voor ${email}`,
    tileSignOut: "Afmelden",
    tileForget: "Vergeten",
    kmsiHeading: "Aangemeld blijven?",
    kmsiBody: "Doe dit om het aantal keren dat je je moet aanmelden te verminderen.",
    kmsiDontShow: "Dit niet meer weergeven",
    no: "Nee",
    yes: "Ja",
    switchAccount: "Afmelden en aanmelden met een ander account",
    updatePassword: {
      heading: "Je wachtwoord bijwerken",
      body: "Je moet je wachtwoord bijwerken, omdat je je voor het eerst aanmeldt of omdat je wachtwoord is verlopen.",
      current: "Huidig wachtwoord",
      next: "Nieuw wachtwoord",
      confirm: "Wachtwoord bevestigen",
      submit: "Aanmelden",
      demoHint: (password: string) =>
        `Simulatordemo: het huidige wachtwoord is ${password}. Een nieuw wachtwoord heeft 8 tot 256 tekens en drie van: kleine letters, hoofdletters, cijfers, symbolen.`,
      errors: {
        emptyCurrent: "Voer je huidige wachtwoord in.",
        wrongCurrent: "Je huidige wachtwoord is onjuist. Voer het wachtwoord in waarmee je je net hebt aangemeld.",
        emptyNew: "Voer een nieuw wachtwoord in.",
        weakPassword:
          "Je nieuwe wachtwoord voldoet niet aan de vereisten: gebruik 8 tot 256 tekens en ten minste drie van deze: kleine letters, hoofdletters, cijfers en symbolen.",
        mismatch: "De wachtwoorden komen niet overeen. Typ het nieuwe wachtwoord opnieuw in beide vakken.",
        sameAsCurrent: "Je nieuwe wachtwoord mag niet hetzelfde zijn als je huidige wachtwoord. Kies een ander wachtwoord.",
      },
    },
    trouble: TROUBLE_NL,
  },
} as const;

export function pageLanguage(uiLocales: string | null | undefined): PageLanguage {
  return uiLocales?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;min-height:100vh;background:#f2f2f2;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;color:#1b1b1b;display:flex;flex-direction:column;align-items:center}
body.google{background:#fff;font-family:Roboto,Arial,sans-serif}body.saml{background:#e8eef4}
main{width:100%;max-width:440px;margin:48px 16px 16px;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px}
body.google main{border:1px solid #dadce0;border-radius:8px;box-shadow:none;padding:40px 36px}
body.saml main{border-top:6px solid #2c5f2d}
.brand{display:flex;align-items:center;gap:8px;font-weight:600;font-size:15px}
.mark{width:24px;height:24px;border-radius:3px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}
h1{font-size:24px;font-weight:600;margin:16px 0 12px;outline:none}
label{display:block;font-size:13px;margin-top:12px}
input[type=email],input[type=password],input[type=text]{width:100%;font:inherit;font-size:15px;padding:6px 0;border:0;border-bottom:1px solid #666;outline-offset:2px}
input[type=email]:focus,input[type=password]:focus,input[type=text]:focus{border-bottom-color:#0067b8}
input[aria-invalid=true]{border-bottom-color:#e81123}
.check{display:flex;gap:8px;align-items:flex-start;margin-top:16px;font-size:13px}
.identity{margin-top:12px;font-size:15px}
.error{color:#e81123;font-size:15px;margin:8px 0}
.actions{display:flex;justify-content:flex-end;gap:8px;margin-top:24px}
button{font:inherit;min-width:108px;min-height:32px;padding:4px 12px;border:1px solid transparent;cursor:pointer}
button.primary{background:#0067b8;color:#fff}button.primary:hover{background:#005da6}
body.google button.primary{background:#1a73e8;border-radius:4px}body.saml button.primary{background:#2c5f2d}
button.secondary{background:#ccc;color:#000;min-width:32px}button.secondary-wide{background:#ccc;color:#000}
.accounts{list-style:none;margin:16px 0;padding:0;border-top:1px solid #dadce0}
.accounts li{border-bottom:1px solid #dadce0}
.accounts button{width:100%;text-align:left;background:none;padding:12px 8px;display:flex;flex-direction:column;align-items:flex-start}
.accounts button:hover{background:#f1f3f4}
.accounts .name{font-weight:600}.accounts .address{color:#5f6368;font-size:13px}
button:focus-visible,a:focus-visible,input:focus-visible{outline:2px solid #1b1b1b;outline-offset:2px}
.tiles{list-style:none;margin:16px -44px;padding:0}
.tiles li{display:flex;align-items:stretch;border-top:1px solid #e6e6e6}.tiles li:last-child{border-bottom:1px solid #e6e6e6}
.tiles form{flex:1;display:flex}.tiles .tile{flex:1;text-align:left;background:none;padding:12px 44px;display:flex;gap:12px;align-items:center;min-height:56px}
.tiles .tile:hover{background:#e6e6e6}.tiles .who{display:flex;flex-direction:column}.tiles .status{color:#605e5c;font-size:13px}
.avatar{width:32px;height:32px;border-radius:50%;background:#e6e6e6;display:inline-flex;align-items:center;justify-content:center;font-weight:600;flex:none}
.tiles details{position:relative;display:flex;align-items:center;padding-right:36px}.tiles summary{list-style:none;cursor:pointer;padding:8px;font-size:20px;line-height:1}
.tiles summary::-webkit-details-marker{display:none}.tiles summary:focus-visible{outline:2px solid #1b1b1b}
.tiles .menu{position:absolute;right:36px;top:100%;z-index:1;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);display:flex;flex-direction:column}
.tiles .menu form{display:block}.tiles .menu button{width:100%;text-align:left;background:none}
.switch{display:inline;text-align:left;margin-top:16px;background:none;border:0;padding:0;min-width:0;min-height:0;color:#0067b8;text-decoration:underline;cursor:pointer}
.details{font-size:13px;color:#605e5c;margin-top:24px}.details dt{font-weight:600}.details dd{margin:0 0 8px;word-break:break-all}
.error-line{word-break:break-word}.troubleshooting{margin-top:16px;padding-top:8px;border-top:1px solid #e6e6e6;font-size:13px}
.troubleshooting h2{font-size:15px;font-weight:600;margin:8px 0}.trouble-head{display:flex;justify-content:space-between;align-items:center}
.troubleshooting .details{margin-top:8px}.troubleshooting .details dd{word-break:normal;overflow-wrap:anywhere}.troubleshooting .note{color:#605e5c}
button.close{min-width:32px;background:none;font-size:20px;line-height:1;padding:0 8px}
.avatar{color:#1b1b1b}.tiles .tile:focus-visible,.tiles summary:focus-visible,.tiles .menu button:focus-visible{outline-offset:-2px}
@media (max-width:600px){main{margin:0;box-shadow:none;padding:24px}.tiles{margin:16px -24px}.tiles .tile{padding:12px 24px}.sim-strip{margin:8px 0}}
.sim-strip{width:100%;max-width:440px;margin:0 16px 8px;padding:8px 12px;background:#fff4ce;border-left:4px solid #8a6d00;font-size:13px}
.sim-strip p{margin:0}.sim-strip .check{margin-top:8px}html.presenter .sim-strip{display:none}
.sim-strip .sim-note{font-size:12px;color:#605e5c}.sim-strip>*+.sim-note{margin-top:6px}
.ms-mark{display:flex;align-items:center;gap:7px;height:24px;color:#737373;font-size:18px;font-weight:600;letter-spacing:-.2px}
.ms-mark::before{content:"";flex:none;width:21px;height:21px;background:linear-gradient(#f25022,#f25022) 0 0/10px 10px no-repeat,linear-gradient(#7fba00,#7fba00) 11px 0/10px 10px no-repeat,linear-gradient(#00a4ef,#00a4ef) 0 11px/10px 10px no-repeat,linear-gradient(#ffb900,#ffb900) 11px 11px/10px 10px no-repeat}
.ms-mark::after{content:"Microsoft"}.org-line{margin:16px 0 0;font-weight:600}
.entra-footer{width:100%;max-width:440px;display:flex;justify-content:flex-end;gap:16px;margin:8px 16px}.entra-footer a{color:#1b1b1b;text-decoration:none}
.banner-logo{display:block;max-width:245px;max-height:36px}.ext-boilerplate-text{margin-top:24px;font-size:13px;overflow-wrap:anywhere}
.google-end{color:#5f6368}.device-code{font-size:24px;font-weight:600;letter-spacing:2px;font-family:Consolas,"Courier New",monospace}.sim-strip .strip-action{margin-top:8px;min-width:0;text-align:left}
.identity button.secondary{background:none;min-width:24px;min-height:24px;padding:0 4px;font-size:18px;line-height:1}.identity button.secondary:hover{background:#e6e6e6}
`;

export interface Brand {
  name: string;
  color: string;
  /** The tenant's company branding on its Entra pages (addendum §13.2); none for Microsoft's default look. */
  branding?: BrandingView;
}

/** The sign-in page text's markup (addendum §13.1) as HTML, every piece escaped. */
function signInTextPartHtml(p: SignInTextPart): string {
  const content = escapeHtml(p.text);
  switch (p.kind) {
    case "link":
      return `<a href="${escapeHtml(p.href)}" target="_blank" rel="noopener noreferrer">${content}</a>`;
    case "bold":
      return `<strong>${content}</strong>`;
    case "italic":
      return `<em>${content}</em>`;
    case "underline":
      return `<u>${content}</u>`;
    default:
      return content;
  }
}

function signInTextHtml(text: string): string {
  return `<div class="ext-boilerplate-text">${parseSignInText(text)
    .map((paragraph) => `<p>${paragraph.map(signInTextPartHtml).join("")}</p>`)
    .join("")}</div>`;
}

/** The body's background: the branding's colour and image on Entra's pages (addendum §13.1). */
function backgroundStyle(look: Look, branding: BrandingView | undefined): string {
  if (look !== "entra" || !branding) return "";
  const rules = [
    branding.backgroundColor ? `background-color:${branding.backgroundColor}` : "",
    // A stored image is a base64 data URL (mocks/domain/branding.ts): no quote or parenthesis to escape.
    branding.backgroundImage ? `background-image:url(${branding.backgroundImage});background-size:cover;background-position:center` : "",
  ].filter(Boolean);
  return rules.length ? ` style="${escapeHtml(rules.join(";"))}"` : "";
}

/**
 * A page of the identity provider: its card (`body`, what a real guest sees) and, outside the card, the
 * simulator's own strip (`strip`: demo hints and switches a real page does not have).
 */
function layout(lang: PageLanguage, look: Look, title: string, body: string, brand: Brand, strip = ""): string {
  const copy = COPY[lang];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body class="${look}"${backgroundStyle(look, brand.branding)}><main class="ext-sign-in-box">
${header(look, brand)}
${body}
</main>${look === "entra" || look === "msa" ? entraFooter(copy, look === "entra" ? brand.branding : undefined) : ""}<aside class="sim-strip" aria-label="${escapeHtml(copy.simulatorStrip)}">${strip}<p class="sim-note">${escapeHtml(copy.simulated)}</p></aside></body></html>`;
}

/**
 * Microsoft's pages (Entra, the personal account) carry a Microsoft-style mark of our own drawing (decision 0052)
 * and, for a tenant, its name where its banner logo would be; Google's and the partner's pages keep their mark.
 */
function header(look: Look, brand: Brand): string {
  if (look === "entra" && brand.branding?.bannerLogo) {
    return `<img class="banner-logo ext-banner-logo" src="${escapeHtml(brand.branding.bannerLogo)}" alt="${escapeHtml(brand.name)}">`;
  }
  if (look === "entra" || look === "msa") {
    const tenant = brand.name === MICROSOFT.name ? "" : `<p class="org-line">${escapeHtml(brand.name)}</p>`;
    return `<div class="ms-mark" role="img" aria-label="Microsoft"></div>${tenant}`;
  }
  return `<div class="brand"><span class="mark" aria-hidden="true" style="background:${escapeHtml(brand.color)}">${escapeHtml(
    brand.name.slice(0, 1).toUpperCase(),
  )}</span>${escapeHtml(brand.name)}</div>`;
}

/** The footer links under Entra's box (company branding may replace them, addendum §13). */
const footerLink = (url: string, text: string) =>
  `<a class="ext-footer-item" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;

function entraFooter(copy: (typeof COPY)[PageLanguage], branding?: BrandingView): string {
  const terms = branding?.hideTermsOfUse
    ? ""
    : footerLink(
        branding?.customTermsOfUseUrl || "https://www.microsoft.com/servicesagreement",
        branding?.customTermsOfUseText || copy.termsOfUse,
      );
  const privacy = branding?.hidePrivacyAndCookies
    ? ""
    : footerLink(
        branding?.customPrivacyAndCookiesUrl || "https://privacy.microsoft.com/privacystatement",
        branding?.customPrivacyAndCookiesText || copy.privacyCookies,
      );
  return `<footer class="entra-footer ext-footer">${terms}${privacy}</footer>`;
}

function hiddenFields(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
}

export interface SignInPageInput {
  lang: PageLanguage;
  look: Look;
  step: "email" | "password" | "chooser";
  action: string;
  /** The /authorize parameters, carried through the form posts. */
  params: Record<string, string>;
  brand: Brand;
  email: string;
  error?: PageError;
  demo: { email: string; password: string };
  /** Google's chooser: the accounts signed in to Google in this browser. */
  browserAccounts?: Array<{ email: string; name: string }>;
}

export function signInPage(input: SignInPageInput): string {
  const copy = COPY[input.lang];
  const look = input.look;
  const errorText =
    input.error === "notFound" || input.error === "badPassword" ? copy[input.error][look] : input.error ? copy[input.error] : "";
  const errorHtml = errorText ? `<p class="error" id="field-error" role="alert">${escapeHtml(errorText)}</p>` : "";
  const described = errorText ? ` aria-invalid="true" aria-describedby="field-error"` : "";
  // The demo hint is the simulator's, not the identity provider's: it stands in the strip outside the card.
  let strip = `<p>${escapeHtml(copy.demoHint(input.demo.email, input.demo.password))}</p>`;
  const common = hiddenFields(input.params);
  const form = (step: string, inner: string, cls = "", id = "") =>
    `<form${id ? ` id="${id}"` : ""}${cls ? ` class="${cls}"` : ""} method="post" action="${escapeHtml(input.action)}" novalidate>${common}<input type="hidden" name="step" value="${step}">${inner}</form>`;
  const subtitle = `<p>${escapeHtml(copy.subtitle[look](input.brand.name))}</p>`;
  // Addendum §13.1: the username hint is the address box's placeholder; the sign-in page text ends the box.
  const branding = look === "entra" ? input.brand.branding : undefined;
  const hint = branding?.usernameHintText ? ` placeholder="${escapeHtml(branding.usernameHintText)}"` : "";
  const boilerplate = branding?.signInPageText ? signInTextHtml(branding.signInPageText) : "";

  let body: string;
  if (input.step === "chooser") {
    const items = (input.browserAccounts ?? [])
      .map(
        (a) =>
          `<li>${form(
            "choose",
            `<input type="hidden" name="email" value="${escapeHtml(a.email)}"><button type="submit"><span class="name">${escapeHtml(
              a.name,
            )}</span><span class="address">${escapeHtml(a.email)}</span></button>`,
          )}</li>`,
      )
      .join("");
    body = `<h1 id="heading">${escapeHtml(copy.chooseAccount)}</h1>${subtitle}${errorHtml}
<ul class="accounts">${items}<li>${form("another", `<button type="submit"><span class="name">${escapeHtml(copy.useAnother)}</span></button>`)}</li></ul>`;
  } else if (input.step === "email" && look !== "saml") {
    body = `<h1 id="heading">${escapeHtml(copy.signIn)}</h1>${subtitle}
${form(
  "email",
  `<label for="email">${escapeHtml(copy.emailLabel[look])}</label>
<input id="email" name="email" type="email" autocomplete="username" autofocus value="${escapeHtml(input.email)}"${hint}${described}>
${errorHtml}<div class="actions"><button class="primary" type="submit">${escapeHtml(copy.next)}</button></div>`,
)}${boilerplate}`;
  } else if (look === "saml") {
    // A partner IdP asks for both at once, as AD FS does.
    body = `<h1 id="heading">${escapeHtml(copy.signIn)}</h1>${subtitle}
${form(
  "password",
  `<label for="email">${escapeHtml(copy.emailLabel.saml)}</label>
<input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(input.email)}"${described}>
<label for="password">${escapeHtml(copy.passwordLabel)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" autofocus${described}>
${errorHtml}<div class="actions"><button class="primary" type="submit">${escapeHtml(copy.signInButton)}</button></div>`,
  "",
  "saml-form",
)}`;
  } else {
    body = `${form(
      "back",
      `<input type="hidden" name="email" value="${escapeHtml(input.email)}"><button class="secondary" type="submit" aria-label="${escapeHtml(
        copy.back,
      )}">&larr;</button> ${escapeHtml(input.email)}`,
      "identity",
    )}
<h1 id="heading">${escapeHtml(copy.enterPassword)}</h1>
${form(
  "password",
  `<input type="hidden" name="email" value="${escapeHtml(input.email)}">
<label for="password">${escapeHtml(copy.passwordLabel)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" autofocus${described}>
${errorHtml}<div class="actions"><button class="primary" type="submit">${escapeHtml(copy.signInButton)}</button></div>`,
)}${boilerplate}`;
  }
  return layout(input.lang, look, copy.signIn, body, input.brand, strip);
}

/** What Entra's error page says (addendum §14.1) and the facts of its troubleshooting details. */
export interface ErrorPageInput {
  code: string;
  /** Entra's message, in Entra's English (docs/decisions/0047). */
  message: string;
  requestId: string;
  correlationId: string;
  now: Date;
  app?: { name: string; id: string };
  /** A failed sign-out (S43): "Sign out" and "…signing you out." (addendum §14.1 rows 2–3). */
  signingOut?: boolean;
}

/**
 * Entra's error page (addendum §14.1), the same structure as the SPA's (src/ui/EntraErrorPage.tsx): the
 * heading, the lead sentence, the code and message, the way out (§10.4), and "More details", which opens the
 * troubleshooting details with Copy, flagging and Close (mocks/idp/popup.ts wires the buttons).
 */
export function errorPage(lang: PageLanguage, input: ErrorPageInput, switchAccount?: SwitchAccount, brand: Brand = MICROSOFT): string {
  const copy = COPY[lang];
  const trouble = copy.trouble;
  // Conditional Access pages name the code as "Error Code", the others quote the message (row 7).
  const first = input.code.startsWith("AADSTS53")
    ? [trouble.errorCode, input.code.replace(/^AADSTS/, "")]
    : [trouble.message, `${input.code}: ${input.message}`];
  const rows: Array<[string, string]> = [
    [first[0]!, first[1]!],
    [trouble.requestId, input.requestId],
    [trouble.correlationId, input.correlationId],
    [trouble.timestamp, input.now.toISOString()],
    ...(input.app
      ? ([
          [trouble.appName, input.app.name],
          [trouble.appId, input.app.id],
        ] as Array<[string, string]>)
      : []),
  ];
  const dl = rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join("");
  const heading = input.signingOut ? copy.signOutHeading : copy.signIn;
  const body = `<h1 id="heading" tabindex="-1">${escapeHtml(heading)}</h1>
<p>${escapeHtml(input.signingOut ? copy.errorTitleSignOut : copy.errorTitle)}</p>
<p class="ext-error error-line" id="error-line">${escapeHtml(`${input.code}: ${input.message}`)}</p>${switchAccount ? switchAccountForm(lang, switchAccount) : ""}
<p><button type="button" class="switch" id="more-details" aria-expanded="false" aria-controls="troubleshooting" data-toggle="troubleshooting">${escapeHtml(trouble.moreDetails)}</button></p>
<section class="troubleshooting" id="troubleshooting" aria-labelledby="troubleshooting-heading" hidden>
<div class="trouble-head"><h2 id="troubleshooting-heading">${escapeHtml(trouble.troubleshooting)}</h2><button type="button" class="close" aria-label="${escapeHtml(trouble.close)}" data-toggle="troubleshooting">&times;</button></div>
<p>${escapeHtml(trouble.intro)}</p>
<p><button type="button" class="switch" data-copy="trouble-facts" data-copied="${escapeHtml(trouble.copied)}">${escapeHtml(trouble.copy)}</button></p>
<dl class="details" id="trouble-facts">${dl}</dl>
<p>${escapeHtml(trouble.flag)} <button type="button" class="switch" data-flag="${escapeHtml(trouble.disableFlagging)}">${escapeHtml(trouble.enableFlagging)}</button></p>
<p class="note">${escapeHtml(trouble.flagNote)}</p>
</section>`;
  return layout(lang, "entra", heading, body, brand);
}

/** Entra's default look when the tenant has no branding (addendum §13.3): the Microsoft mark. */
const MICROSOFT: Brand = { name: "Microsoft", color: "#0067b8" };

/** End session without a (registered) post-logout redirect URI: Entra's "You signed out" page. */
export function signedOutPage(lang: PageLanguage, unregisteredReturn?: string): string {
  const copy = COPY[lang];
  const notice = unregisteredReturn ? `<p role="status">${escapeHtml(copy.notReturning(unregisteredReturn))}</p>` : "";
  const body = `<h1 id="heading" tabindex="-1">${escapeHtml(copy.signedOut)}</h1>
<p>${escapeHtml(copy.signedOutBody)}</p>${notice}`;
  return layout(lang, "entra", copy.signedOut, body, MICROSOFT);
}

export interface Tile {
  sid: string;
  email: string;
  name: string;
  active: boolean;
}

export interface PickerPageInput {
  lang: PageLanguage;
  action: string;
  params: Record<string, string>;
  brand: Brand;
  tiles: readonly Tile[];
  /** S40a: picking a tile signs it out (end session) instead of signing in with it. */
  toSignOut?: boolean;
}

/** S40 "Pick an account" (and S40a, to sign out): one tile per identity of this browser, and "Use another account". */
export function pickerPage(input: PickerPageInput): string {
  const copy = COPY[input.lang];
  const common = hiddenFields(input.params);
  const form = (step: string, extra: string, inner: string, cls = "") =>
    `<form${cls ? ` class="${cls}"` : ""} method="post" action="${escapeHtml(input.action)}" novalidate>${common}<input type="hidden" name="step" value="${step}">${extra}${inner}</form>`;
  const tiles = input.tiles
    .map((tile) => {
      const sid = `<input type="hidden" name="sid" value="${escapeHtml(tile.sid)}">`;
      const status = tile.active ? copy.signedInStatus : copy.signedOutStatus;
      const pick = form(
        input.toSignOut ? "sign-out-pick" : "pick",
        sid,
        `<button class="tile" type="submit"><span class="avatar" aria-hidden="true">${escapeHtml(tile.name.slice(0, 1).toUpperCase())}</span><span class="who"><span class="name">${escapeHtml(
          tile.name,
        )}</span><span class="address">${escapeHtml(tile.email)}</span><span class="status">${escapeHtml(status)}</span></span></button>`,
      );
      const menu = input.toSignOut
        ? ""
        : `<details><summary aria-label="${escapeHtml(copy.tileOptions(tile.email))}">&#8942;</summary><div class="menu">${form(
            "tile-sign-out",
            sid,
            `<button type="submit">${escapeHtml(copy.tileSignOut)}</button>`,
          )}${form("tile-forget", sid, `<button type="submit">${escapeHtml(copy.tileForget)}</button>`)}</div></details>`;
      return `<li>${pick}${menu}</li>`;
    })
    .join("");
  const another = input.toSignOut
    ? ""
    : `<li>${form("another", "", `<button class="tile" type="submit"><span class="avatar" aria-hidden="true">+</span><span class="who"><span class="name">${escapeHtml(copy.useAnother)}</span></span></button>`)}</li>`;
  const heading = input.toSignOut ? copy.pickToSignOut : copy.pickAccount;
  const body = `<h1 id="heading" tabindex="-1">${escapeHtml(heading)}</h1><ul class="tiles">${tiles}${another}</ul>`;
  return layout(input.lang, "entra", heading, body, input.brand);
}

export interface KmsiPageInput {
  lang: PageLanguage;
  action: string;
  params: Record<string, string>;
  brand: Brand;
  email: string;
}

/** S41 "Stay signed in?": Don't show this again, No (idBtn_Back) and Yes (idSIButton9), as Entra's page has them. */
export function kmsiPage(input: KmsiPageInput): string {
  const copy = COPY[input.lang];
  const body = `<p class="identity">${escapeHtml(input.email)}</p><h1 id="heading" tabindex="-1">${escapeHtml(copy.kmsiHeading)}</h1>
<form method="post" action="${escapeHtml(input.action)}" novalidate>${hiddenFields(input.params)}<input type="hidden" name="step" value="kmsi">
<p>${escapeHtml(copy.kmsiBody)}</p>
<label class="check"><input type="checkbox" name="dont_show" value="1"> ${escapeHtml(copy.kmsiDontShow)}</label>
<div class="actions"><button class="secondary-wide" id="idBtn_Back" type="submit" name="answer" value="no">${escapeHtml(copy.no)}</button><button class="primary" id="idSIButton9" type="submit" name="answer" value="yes" autofocus>${escapeHtml(copy.yes)}</button></div></form>`;
  return layout(input.lang, "entra", copy.kmsiHeading, body, input.brand);
}

/** §10.4 SIM-ASSUMPTION: the control under AADSTS50020 that ends the session and starts the sign-in over. */
export interface SwitchAccount {
  action: string;
  params: Record<string, string>;
  sid?: string;
}

function switchAccountForm(lang: PageLanguage, input: SwitchAccount): string {
  const sid = input.sid ? `<input type="hidden" name="sid" value="${escapeHtml(input.sid)}">` : "";
  return `<form method="post" action="${escapeHtml(input.action)}" novalidate>${hiddenFields(input.params)}<input type="hidden" name="step" value="switch-account">${sid}<button class="switch" type="submit">${escapeHtml(
    COPY[lang].switchAccount,
  )}</button></form>`;
}

export interface UpdatePasswordPageInput {
  lang: PageLanguage;
  action: string;
  /** The sign-in's parameters (the federation the home tenant serves), carried through the form post. */
  params: Record<string, string>;
  /** The home tenant's branding (decision 0054: home-side pages wear H's). */
  brand: Brand;
  email: string;
  error?: UpdatePasswordError;
  /** The seeded demo password the simulator's strip names (none once the guest chose their own). */
  demoPassword?: string;
}

/** Which field an error belongs to, and which fields the popup refills with what was typed (never the server). */
const UPDATE_ERROR_FIELD: Record<UpdatePasswordError, { field: string; keep: readonly string[] }> = {
  emptyCurrent: { field: "current_password", keep: ["new_password", "confirm_password"] },
  wrongCurrent: { field: "current_password", keep: ["new_password", "confirm_password"] },
  emptyNew: { field: "new_password", keep: ["current_password"] },
  weakPassword: { field: "new_password", keep: ["current_password"] },
  mismatch: { field: "confirm_password", keep: ["current_password", "new_password"] },
  sameAsCurrent: { field: "new_password", keep: ["current_password"] },
};

/**
 * AADSTS50055's page at the home tenant (addendum §14.2): "Update your password" with the current password,
 * the new one and its confirmation. An error stands under its field, which gets the focus; the page never
 * writes a password back into its HTML: the fields marked data-keep are refilled in the window by
 * mocks/idp/popup.ts from what the guest typed.
 */
export function updatePasswordPage(input: UpdatePasswordPageInput): string {
  const copy = COPY[input.lang];
  const up = copy.updatePassword;
  const failing = input.error ? UPDATE_ERROR_FIELD[input.error] : undefined;
  const fieldHtml = (name: string, label: string, autocomplete: string) => {
    const errorId = `${name}-error`;
    const inError = failing?.field === name;
    const focus = inError || (!failing && name === "current_password") ? " autofocus" : "";
    const keep = failing?.keep.includes(name) ? " data-keep" : "";
    const invalid = inError ? ` aria-invalid="true" aria-describedby="${errorId}"` : "";
    const error = inError && input.error ? `<p class="error" id="${errorId}" role="alert">${escapeHtml(up.errors[input.error])}</p>` : "";
    return `<label for="${name}">${escapeHtml(label)}</label>
<input id="${name}" name="${name}" type="password" autocomplete="${autocomplete}"${focus}${keep}${invalid}>${error}`;
  };
  const body = `<p class="identity">${escapeHtml(input.email)}</p><h1 id="heading" tabindex="-1">${escapeHtml(up.heading)}</h1>
<p>${escapeHtml(up.body)}</p>
<form method="post" action="${escapeHtml(input.action)}" novalidate>${hiddenFields(input.params)}<input type="hidden" name="step" value="update-password"><input type="hidden" name="email" value="${escapeHtml(input.email)}">
${fieldHtml("current_password", up.current, "current-password")}
${fieldHtml("new_password", up.next, "new-password")}
${fieldHtml("confirm_password", up.confirm, "new-password")}
<div class="actions"><button class="primary" type="submit">${escapeHtml(up.submit)}</button></div></form>`;
  const strip = input.demoPassword ? `<p>${escapeHtml(up.demoHint(input.demoPassword))}</p>` : "";
  return layout(input.lang, "entra", up.heading, body, input.brand, strip);
}

/** Google's own refusals (spec §4.3): an oversized cookie header (decision 0082), an embedded web view (decision 0083). */
export type GoogleRefusal = "header-too-long" | "web-view";

const GOOGLE_REFUSAL = {
  en: {
    "header-too-long": {
      title: "Error 400 (Bad Request)",
      heading: "400. That’s an error.",
      lines: ["Your browser sent a request that this server could not process: its header is too long."],
      code: "",
      end: "That’s all we know.",
      strip:
        "Simulator: this browser sends Google a cookie header that is too long (the studio's Tenant settings). Clearing its cookies for Google, or a private or incognito window, which starts without them, ends it; clearing them also signs this browser out of Google.",
      action: "Clear this browser's cookies for Google and try again",
    },
    "web-view": {
      title: "Error 403 (Forbidden)",
      heading: "403. That’s an error.",
      lines: [
        "Google doesn’t accept this sign-in request: it comes from an embedded user agent (a web view), not from a browser. Under Google’s policy, only browsers may ask Google to sign someone in.",
      ],
      code: "Error: disallowed_useragent",
      end: "That’s all we know.",
      strip:
        "Simulator: the app signs in inside an embedded web view (the studio's Tenant settings). Web apps, system web views and the Windows account brokers (WAM, WAB) are not blocked.",
      action: "",
    },
  },
  nl: {
    "header-too-long": {
      title: "Fout 400 (ongeldig verzoek)",
      heading: "400. Dat is een fout.",
      lines: ["Je browser heeft een verzoek verstuurd dat deze server niet kan verwerken: de header is te lang."],
      code: "",
      end: "Meer weten we niet.",
      strip:
        "Simulator: deze browser stuurt Google een cookieheader die te lang is (de Tenantinstellingen van de studio). Cookies voor Google wissen, of een privé- of incognitovenster, dat zonder cookies begint, lost het op; door het wissen is deze browser ook afgemeld bij Google.",
      action: "Cookies voor Google in deze browser wissen en opnieuw proberen",
    },
    "web-view": {
      title: "Fout 403 (verboden)",
      heading: "403. Dat is een fout.",
      lines: [
        "Google accepteert dit aanmeldverzoek niet: het komt van een ingesloten user-agent (een webweergave) en niet van een browser. Volgens het beleid van Google mogen alleen browsers Google vragen iemand aan te melden.",
      ],
      code: "Fout: disallowed_useragent",
      end: "Meer weten we niet.",
      strip:
        "Simulator: de app meldt aan in een ingesloten webweergave (de Tenantinstellingen van de studio). Web-apps, systeemwebweergaven en de accountbrokers van Windows (WAM, WAB) worden niet geblokkeerd.",
      action: "",
    },
  },
} as const;

export interface GoogleRefusalPageInput {
  lang: PageLanguage;
  refusal: GoogleRefusal;
  /** Where the simulated browser's action posts (the Google leg's login endpoint), with the leg's parameters. */
  action: string;
  params: Record<string, string>;
}

/**
 * Google's own error page, in Google's look (not Entra's): the status, what went wrong and Google's "That's all we
 * know." The simulated browser's way out (clearing Google's cookies) stands in the simulator's strip, outside the page.
 */
export function googleRefusalPage(input: GoogleRefusalPageInput): string {
  const copy = GOOGLE_REFUSAL[input.lang][input.refusal];
  const code = copy.code ? `<p class="google-code"><strong>${escapeHtml(copy.code)}</strong></p>` : "";
  const body = `<h1 id="heading" tabindex="-1">${escapeHtml(copy.heading)}</h1>
${code}${copy.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}
<p class="google-end">${escapeHtml(copy.end)}</p>`;
  const action = copy.action
    ? `<form method="post" action="${escapeHtml(input.action)}" novalidate>${hiddenFields(input.params)}<input type="hidden" name="step" value="clear-google-cookies"><button type="submit" class="secondary-wide strip-action">${escapeHtml(copy.action)}</button></form>`
    : "";
  const strip = `<p>${escapeHtml(copy.strip)}</p>${action}`;
  return layout(input.lang, "google", copy.title, body, { name: "Google", color: "#1a73e8" }, strip);
}

/**
 * Microsoft's device sign-in flow for Gmail guests in an embedded web view (spec §4.3; decision 0084). The wording
 * of these pages is not in the sources read (GAP): paraphrased in Entra's style from the steps the spec lists.
 */
const DEVICE_COPY = {
  en: {
    waitHeading: "Enter the code in a separate browser",
    waitLead: "To sign in, open a new browser window, go to https://microsoft.com/devicelogin and enter this code:",
    waiting: "Waiting for you to finish signing in there. This page goes on by itself.",
    open: "Open https://microsoft.com/devicelogin in a separate browser (simulated: a new tab)",
    strip:
      "Simulator: the app signs in inside an embedded web view, so Microsoft's device sign-in flow takes over from Google's sign-in (the studio's Tenant settings).",
    enterHeading: "Enter code",
    enterLead: "Enter the code displayed on your app or device.",
    code: "Code",
    badCode: "That code didn't work. Check the code and try again.",
    next: "Next",
    emailHeading: "Sign in",
    emailLead: (app: string) =>
      `For your security, enter your email again to confirm that you're signing in to ${app} on the device that showed the code.`,
    email: "Email",
    badEmail: "Enter the email address you entered in the app.",
    confirmHeading: (app: string) => `Are you trying to sign in to ${app}?`,
    confirmLead: "Only continue if you started this sign-in yourself, in an app you trust.",
    cancel: "Cancel",
    continue: "Continue",
    doneLead: (app: string) => `You have signed in to ${app} on your device. You can close this window now.`,
    cancelled: "You cancelled the sign-in. You can close this window now.",
    expired: "This code has expired or was already used. Start the sign-in again in the app.",
  },
  nl: {
    waitHeading: "Voer de code in een aparte browser in",
    waitLead: "Open een nieuw browservenster, ga naar https://microsoft.com/devicelogin en voer deze code in om je aan te melden:",
    waiting: "We wachten tot je je daar hebt aangemeld. Deze pagina gaat daarna vanzelf verder.",
    open: "https://microsoft.com/devicelogin openen in een aparte browser (gesimuleerd: een nieuw tabblad)",
    strip:
      "Simulator: de app meldt aan in een ingesloten webweergave, dus neemt de apparaataanmelding van Microsoft het over van de aanmelding bij Google (de tenantinstellingen van de studio).",
    enterHeading: "Code invoeren",
    enterLead: "Voer de code in die op je app of apparaat wordt weergegeven.",
    code: "Code",
    badCode: "Die code werkt niet. Controleer de code en probeer het opnieuw.",
    next: "Volgende",
    emailHeading: "Aanmelden",
    emailLead: (app: string) =>
      `Voer voor je veiligheid je e-mailadres opnieuw in om te bevestigen dat je je aanmeldt bij ${app} op het apparaat dat de code toonde.`,
    email: "E-mail",
    badEmail: "Voer het e-mailadres in dat je in de app hebt ingevoerd.",
    confirmHeading: (app: string) => `Probeer je je aan te melden bij ${app}?`,
    confirmLead: "Ga alleen verder als je deze aanmelding zelf bent begonnen, in een app die je vertrouwt.",
    cancel: "Annuleren",
    continue: "Doorgaan",
    doneLead: (app: string) => `Je bent aangemeld bij ${app} op je apparaat. Je kunt dit venster nu sluiten.`,
    cancelled: "Je hebt het aanmelden geannuleerd. Je kunt dit venster nu sluiten.",
    expired: "Deze code is verlopen of al gebruikt. Begin opnieuw met aanmelden in de app.",
  },
} as const;

export interface DeviceWaitPageInput {
  lang: PageLanguage;
  brand: Brand;
  email: string;
  code: string;
  /** Where the web view asks whether the separate browser has finished (mocks/idp/popup.ts polls it). */
  pollUrl: string;
  /** The simulated separate browser's microsoft.com/devicelogin. */
  deviceUrl: string;
}

/** S19 step 2, in the app's web view: the nine-character code and the address to enter it at; the page polls. */
export function deviceWaitPage(input: DeviceWaitPageInput): string {
  const copy = DEVICE_COPY[input.lang];
  const body = `<p class="identity">${escapeHtml(input.email)}</p><h1 id="heading" tabindex="-1">${escapeHtml(copy.waitHeading)}</h1>
<p>${escapeHtml(copy.waitLead)}</p>
<p class="device-code" data-poll="${escapeHtml(input.pollUrl)}">${escapeHtml(input.code)}</p>
<p role="status" class="details">${escapeHtml(copy.waiting)}</p>`;
  const strip = `<p>${escapeHtml(copy.strip)}</p><p><a href="${escapeHtml(input.deviceUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(copy.open)}</a></p>`;
  return layout(input.lang, "entra", copy.waitHeading, body, input.brand, strip);
}

export type DevicePage =
  | { kind: "enter-code"; error?: boolean }
  | { kind: "confirm-email"; app: string; error?: boolean }
  | { kind: "confirm-app"; app: string }
  | { kind: "done"; app: string }
  | { kind: "cancelled" }
  | { kind: "expired" };

/** S19 steps 3, 4, 6 and 7, at microsoft.com/devicelogin in the separate browser (Microsoft's default look). */
export function devicePage(lang: PageLanguage, action: string, params: Record<string, string>, page: DevicePage): string {
  const copy = DEVICE_COPY[lang];
  const form = (step: string, inner: string) =>
    `<form method="post" action="${escapeHtml(action)}" novalidate>${hiddenFields(params)}<input type="hidden" name="step" value="${step}">${inner}</form>`;
  const field = (name: string, label: string, type: string, error?: string) => {
    const invalid = error ? ` aria-invalid="true" aria-describedby="field-error"` : "";
    const message = error ? `<p class="error" id="field-error" role="alert">${escapeHtml(error)}</p>` : "";
    return `<label for="${name}">${escapeHtml(label)}</label><input id="${name}" name="${name}" type="${type}" autocomplete="off" autofocus${invalid}>${message}`;
  };
  const next = `<div class="actions"><button class="primary" type="submit">${escapeHtml(copy.next)}</button></div>`;
  let heading: string;
  let body: string;
  switch (page.kind) {
    case "enter-code":
      heading = copy.enterHeading;
      body = `<p>${escapeHtml(copy.enterLead)}</p>${form("device-code", `${field("code", copy.code, "text", page.error ? copy.badCode : undefined)}${next}`)}`;
      break;
    case "confirm-email":
      heading = copy.emailHeading;
      body = `<p>${escapeHtml(copy.emailLead(page.app))}</p>${form(
        "device-email",
        `${field("email", copy.email, "email", page.error ? copy.badEmail : undefined)}${next}`,
      )}`;
      break;
    case "confirm-app":
      heading = copy.confirmHeading(page.app);
      // One form per button: the popup's page script posts a form's fields, not which button was pressed.
      body = `<p>${escapeHtml(copy.confirmLead)}</p><div class="actions">${form(
        "device-confirm",
        `<input type="hidden" name="answer" value="cancel"><button class="secondary-wide" type="submit">${escapeHtml(copy.cancel)}</button>`,
      )}${form(
        "device-confirm",
        `<input type="hidden" name="answer" value="continue"><button class="primary" type="submit" autofocus>${escapeHtml(copy.continue)}</button>`,
      )}</div>`;
      break;
    case "done":
      heading = page.app;
      body = `<p>${escapeHtml(copy.doneLead(page.app))}</p>`;
      break;
    case "cancelled":
      heading = copy.emailHeading;
      body = `<p>${escapeHtml(copy.cancelled)}</p>`;
      break;
    case "expired":
      heading = copy.enterHeading;
      body = `<p class="error" role="alert">${escapeHtml(copy.expired)}</p>`;
      break;
  }
  return layout(lang, "entra", heading, `<h1 id="heading" tabindex="-1">${escapeHtml(heading)}</h1>\n${body}`, MICROSOFT);
}
