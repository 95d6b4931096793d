// Nederlandse teksten: zelfde sleutels als en-consent.ts.
import type { ConsentMessages } from "./en-consent";

export const nlConsent: ConsentMessages = {
  consent: {
    heading: "Machtigingen aangevraagd door:",
    leadIn: "Door te accepteren, sta je deze organisatie toe om:",
    receiveProfile: "Je profielgegevens te ontvangen",
    collectActivity: "Je activiteit te verzamelen en te registreren",
    useData: "Je profielgegevens en activiteitsgegevens te gebruiken",
    trust: "Accepteer alleen als je {{org}} vertrouwt.",
    privacyLink: "Privacyverklaring van {{org}}",
    privacyContact: "Contactpersoon voor privacy: {{contact}}",
    noPrivacy: "{{org}} heeft geen koppelingen naar de voorwaarden opgegeven die je kunt bekijken.",
    manage: "Je kunt deze machtigingen bijwerken op",
    learnMore: "Meer informatie",
    notShared: "Deze resource wordt niet gedeeld door Microsoft.",
    accept: "Accepteren",
    cancel: "Annuleren",
  },
  appConsent: {
    needApproval: "Goedkeuring van beheerder nodig",
    approvalRequired: "Goedkeuring vereist",
    onlyAdmin: "{{app}} heeft machtigingen nodig voor toegang tot resources in je organisatie die alleen een beheerder kan verlenen.",
    askAdmin: "Vraag een beheerder om deze app machtigingen te verlenen voordat je hem gebruikt.",
    wouldLike: "Deze app wil graag:",
    permission: {
      userReadAll: "De volledige profielen van alle gebruikers lezen",
      groupReadAll: "Alle groepen lezen",
    },
    justification: "Voer een motivering in voor het aanvragen van deze app",
    request: "Goedkeuring aanvragen",
    requested:
      "Je hebt op {{date}} goedkeuring aangevraagd. Een beheerder beoordeelt de aanvraag en je krijgt een e-mail zodra die beslist. De aanvraag verloopt op {{expires}}.",
    haveAdmin: "Heb je een beheerdersaccount?",
    signInOther: "Meld je aan met dat account",
  },
  cancelled: {
    heading: "Je hebt de uitnodiging niet geaccepteerd",
    body: "Je hebt op de machtigingenpagina geannuleerd, dus {{org}} heeft niets ontvangen en de uitnodiging staat nog voor je klaar.",
    next: "Je kunt de uitnodiging opnieuw openen wanneer je er klaar voor bent.",
    review: "Opnieuw aanmelden en controleren",
    backToMail: "Terug naar de uitnodigingsmail",
  },
};
