// Nederlandse teksten: zelfde sleutels als en-mfa.ts.
import type { MfaMessages } from "./en-mfa";

export const nlMfa: MfaMessages = {
  mfa: {
    registerHeading: "Meer informatie vereist",
    registerBody: "{{org}} heeft meer informatie nodig om je account te beveiligen. Stel een manier in om te verifiëren dat jij het bent.",
    chooseMethod: "Hoe wil je verifiëren?",
    authenticator: "Microsoft Authenticator-app",
    authenticatorHelp: "Keur een melding op je telefoon goed.",
    sms: "Sms-bericht",
    smsHelp: "Ontvang een code via sms.",
    phoneLabel: "Telefoonnummer, met landcode",
    phoneHelp: "Bijvoorbeeld +31 6 12345678.",
    sendSms: "Code verzenden",
    challengeHeading: "Je identiteit verifiëren",
    challengeBody: "{{org}} vraagt je te verifiëren dat jij het bent.",
    homeTenant: "{{home}}, je eigen organisatie, verifieert je identiteit: {{org}} vertrouwt de MFA daarvan.",
    approveHeading: "De aanmeldingsaanvraag goedkeuren",
    approveBody: "Open de Authenticator-app op je telefoon en keur de aanvraag goed.",
    openPhone: "De gesimuleerde telefoon openen in een nieuw tabblad",
    waiting: "Wachten op je goedkeuring…",
    denied: "De aanvraag is op je telefoon geweigerd.",
    sendAnother: "Nog een aanvraag verzenden",
    codeSentTo: "We hebben een code via sms naar {{phone}} verzonden.",
    codeLabel: "Code",
    verify: "Verifiëren",
    useSms: "In plaats daarvan een code via sms ontvangen",
    useAuthenticator: "In plaats daarvan de Authenticator-app gebruiken",
  },
};
