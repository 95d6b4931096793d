// Nederlandse teksten: zelfde sleutels als en-passcode.ts.
import type { PasscodeMessages } from "./en-passcode";

export const nlPasscode: PasscodeMessages = {
  passcode: {
    sendHeading: "Een code verzenden om je aan te melden",
    sendBody: "Om je aan te melden bij {{org}} sturen we een code naar {{email}}.",
    sender: "De e-mail komt van {{sender}}. Zie je deze niet, kijk dan in je map met ongewenste e-mail of sta die afzender toe.",
    send: "Code verzenden",
    enterHeading: "Code invoeren",
    enterBody_one: "We hebben een code naar {{email}} verzonden. Deze is {{count}} minuut geldig.",
    enterBody_other: "We hebben een code naar {{email}} verzonden. Deze is {{count}} minuten geldig.",
    codeLabel: "Code",
    codeHelp_one: "{{count}} cijfer. Plakken met spaties is geen probleem.",
    codeHelp_other: "{{count}} cijfers. Plakken met spaties is geen probleem.",
    signIn: "Aanmelden",
    resend: "Een nieuwe code verzenden",
    resendIn_one: "Je kunt over {{count}} seconde een nieuwe code aanvragen.",
    resendIn_other: "Je kunt over {{count}} seconden een nieuwe code aanvragen.",
    newCodeSent: "Er is een nieuwe code onderweg. De vorige code werkt niet meer.",
    attemptsLeft_one: "Nog {{count}} poging voordat aanmelden een tijdje wordt geblokkeerd.",
    attemptsLeft_other: "Nog {{count}} pogingen voordat aanmelden een tijdje wordt geblokkeerd.",
    openMailbox: "Het postvak openen in een nieuw tabblad",
  },
};
