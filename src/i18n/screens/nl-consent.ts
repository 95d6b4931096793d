// Nederlandse teksten: zelfde sleutels als en-consent.ts.
import type { ConsentMessages } from "./en-consent";

export const nlConsent: ConsentMessages = {
  consent: {
    heading: "Machtigingen controleren",
    requestedBy: "Machtiging aangevraagd door:",
    shared: "Ze ontvangen:",
    name: "Naam",
    email: "E-mailadres",
    photo: "Foto",
    noPhoto: "Geen profielfoto ingesteld",
    identifiers: "Directory-id's: object-id {{objectId}}, tenant-id {{tenantId}}",
    identifiersPurpose: "Ze kunnen deze gebruiken om je account te beheren en de ervaring tussen organisaties te verbeteren.",
    privacyIntro: "In de privacyverklaring van {{org}} staat hoe je gegevens worden gebruikt:",
    privacyLink: "Privacyverklaring van {{org}}",
    privacyContact: "Contactpersoon voor privacy: {{contact}}",
    noPrivacy: "{{org}} heeft geen koppelingen naar de voorwaarden opgegeven die je kunt bekijken.",
    signedInAs: "Aangemeld als {{email}}",
    accept: "Accepteren",
    cancel: "Annuleren",
  },
  cancelled: {
    heading: "Je hebt de uitnodiging niet geaccepteerd",
    body: "Je hebt op de machtigingenpagina geannuleerd, dus {{org}} heeft niets ontvangen en de uitnodiging staat nog voor je klaar.",
    next: "Je kunt de uitnodiging opnieuw openen wanneer je er klaar voor bent.",
    review: "Opnieuw aanmelden en controleren",
    backToMail: "Terug naar de uitnodigingsmail",
  },
};
