// Nederlandse teksten van de schermen van de demo zelf (scenario's, beheer, telefoon, e-mails). Zelfde sleutels als en-demo.ts.
import type { DemoMessages } from "./en-demo";

export const nlDemo: DemoMessages = {
  home: {
    heading: "Uitnodiging inwisselen, gesimuleerd",
    intro:
      "Loop als gast door een Microsoft Entra B2B-uitnodiging: de e-mail, het aanmelden, de machtigingenpagina en de landingspagina. Kies een scenario om de nepwereld daarop terug te zetten.",
    start: "Scenario “{{id}}” starten",
    starting: "De nepwereld wordt teruggezet…",
    current: "Huidig scenario: {{id}} — gast {{email}}.",
    openMailbox: "Postvak van de gast openen",
    unknownScenario: "Er is geen scenario met de naam “{{id}}”. Kies er een uit de lijst.",
  },
  scenarios: {
    "work-account": "Een medewerker van Fabrikam met een werkaccount wisselt een uitnodiging van Contoso in.",
    "wrong-account": "De gast meldt zich aan met een ander Fabrikam-account en ziet AADSTS50020.",
    "email-passcode": "Een Yahoo-adres zonder enig account wisselt in met een eenmalige wachtwoordcode via e-mail.",
    "create-microsoft-account":
      "Geen account en wachtwoordcodes uitgeschakeld: de gast maakt een Microsoft-account met het uitgenodigde adres.",
    "microsoft-account": "Een Outlook.com-adres meldt zich aan met het persoonlijke Microsoft-account.",
    "account-chooser": "Het adres is zowel een werkaccount als een persoonlijk Microsoft-account: de gast kiest.",
    "gmail-google-federation": "Een Gmail-adres met Google-federatie ingeschakeld: de accountkiezer van Google.",
    "saml-partner": "Een adres van Woodgrove Bank meldt zich aan bij de SAML/WS-Fed-id-provider van de partner.",
    "direct-link":
      "Uitgenodigde gasten gebruiken de directe koppeling van Contoso in plaats van de e-mail (wachtwoordcodes uitgeschakeld).",
    "sign-in-to-organization": "De gast begint bij Mijn apps zonder tenant: Aanmeldingsopties → Aanmelden bij een organisatie.",
    "terms-of-use": "Contoso vereist gebruiksvoorwaarden: vouw ze uit vóór Accepteren; Weigeren blokkeert.",
    "mfa-required":
      "Contoso vereist MFA voor gasten: registreer de Authenticator-app of sms op de gesimuleerde telefoon en verifieer daarna je identiteit.",
    "mfa-home-tenant-trust": "Contoso vertrouwt MFA van Entra-tenants: de eigen organisatie van de gast, Fabrikam, voert de MFA uit.",
    "conditional-access-block": "Een beleid voor voorwaardelijke toegang blokkeert gasten: AADSTS53003.",
    "cross-tenant-inbound-block":
      "De instellingen voor binnenkomende toegang tussen tenants van Contoso blokkeren gebruikers van Fabrikam: AADSTS500213.",
    "cross-tenant-outbound-block": "De instellingen voor uitgaande toegang tussen tenants van Fabrikam blokkeren Contoso: AADSTS500212.",
    "blocked-domain": "yahoo.com is op de weigerlijst van Contoso gezet nadat lee@yahoo.com was uitgenodigd: inwisselen mislukt.",
    "automatic-redemption":
      "Beide tenants wisselen automatisch in: een meldingsmail in plaats van een uitnodiging, geen machtigingenpagina.",
    "leave-organization": "alex@fabrikam.com heeft al ingewisseld en verlaat Contoso via Mijn account.",
    "leave-not-allowed":
      "Contoso staat niet toe dat gasten de organisatie zelf verlaten: neem contact op met de contactpersoon voor privacy.",
    "reset-redemption":
      "alex heeft al ingewisseld; de beheerder stelt de inwisselstatus opnieuw in naar alex.wilber@outlook.com, een persoonlijk Microsoft-account.",
    "assigned-apps":
      "alex@fabrikam.com, met twee toegewezen apps van Contoso: Mijn apps toont hun tegels (een toegewezen app die voor gebruikers verborgen is, blijft weg).",
    "passcode-switched-off":
      "lee@yahoo.com heeft ingewisseld met een eenmalige wachtwoordcode, daarna heeft Contoso wachtwoordcodes uitgezet: Lee kan er niet meer in tot de beheerder de inwisselstatus opnieuw instelt.",
  },
  codeEmail: {
    passcodeFrom: "Microsoft namens {{org}}",
    passcodeSubject: "Je verificatiecode voor {{org}}",
    passcodeBody: "Gebruik deze code om je aan te melden bij {{org}}:",
    passcodeExpiry_one: "Deze code verloopt over {{count}} minuut.",
    passcodeExpiry_other: "Deze code verloopt over {{count}} minuten.",
    passcodeIgnore: "Als je geen code hebt aangevraagd, kun je deze e-mail negeren.",
    verificationSubject: "Je e-mailadres verifiëren",
    verificationBody: "Voer deze beveiligingscode in om het maken van je Microsoft-account te voltooien:",
    verificationIgnore: "Als je niet bent begonnen met het maken van een Microsoft-account, kun je deze e-mail negeren.",
    codeLabel: "Code",
  },
  email: {
    fromOnBehalf: "Microsoft Invitations namens {{org}}",
    subject: "{{inviter}} heeft je uitgenodigd voor toegang tot toepassingen binnen hun organisatie",
    phishing:
      "Reageer alleen op deze uitnodiging als je de organisatie en de persoon die deze heeft verzonden vertrouwt. Wees voorzichtig als je de uitnodiging niet verwachtte.",
    invitedBy: "{{inviter}} ({{inviterEmail}}) heeft je uitgenodigd voor toegang tot toepassingen binnen hun organisatie.",
    invitedByNoEmail: "{{inviter}} heeft je uitgenodigd voor toegang tot toepassingen binnen hun organisatie.",
    organization: "Organisatie",
    domain: "Domein",
    messageFrom: "Bericht van {{inviter}}:",
    accept: "Uitnodiging accepteren",
    destination: "Als je deze uitnodiging accepteert, word je doorgestuurd naar {{url}}.",
    footerInfo: "Je hebt deze uitnodiging ontvangen omdat {{org}} je heeft uitgenodigd om met hen samen te werken.",
    block: "Toekomstige uitnodigingen van deze organisatie blokkeren.",
    privacyLink: "Privacyverklaring van {{org}}",
    privacyMissing: "{{org}} heeft geen koppeling naar de privacyverklaring opgegeven die je kunt bekijken.",
    sentBy: "Dit bericht is door Microsoft Invitations verzonden vanaf een niet-bewaakt adres.",
  },
  phone: {
    heading: "Gesimuleerde telefoon",
    intro: "De telefoon van de gast: Authenticator-meldingen en sms-berichten komen hier binnen.",
    pushes: "Authenticator",
    noPushes: "Geen aanmeldingsaanvragen.",
    pushFor: "Aanmeldingsaanvraag van {{org}} voor {{account}}",
    approve: "Goedkeuren",
    deny: "Weigeren",
    messages: "Berichten",
    noMessages: "Geen sms-berichten.",
  },
  notificationEmail: {
    subject: "Je hebt nu toegang tot {{org}}",
    body: "{{org}} ({{domain}}) heeft je als gast toegevoegd. Omdat jullie organisaties elkaar vertrouwen, hoef je niets te accepteren.",
    open: "Naar Mijn apps",
  },
  admin: {
    heading: "Beheer: gastgebruikers van Contoso",
    intro: "Wat een beheerder doet in het Entra-beheercentrum, via de nep-Microsoft Graph.",
    name: "Naam",
    email: "E-mail",
    state: "Status",
    identities: "Identiteiten",
    signIn: "Aanmelden",
    actions: "Acties",
    enabled: "Toegestaan",
    disabled: "Geblokkeerd",
    resend: "Uitnodiging opnieuw verzenden",
    reset: "Inwisselstatus opnieuw instellen",
    newEmail: "Nieuw e-mailadres (optioneel)",
    delete: "Verwijderen",
    block: "Aanmelden blokkeren",
    unblock: "Aanmelden toestaan",
    done: "Gereed: {{action}}.",
    none: "Geen gastgebruikers.",
    apps: "Apps",
    hidden: "{{app}} (verborgen voor gebruikers)",
    assigned: "{{app}} toegewezen",
    unassigned: "{{app}} verwijderd",
  },
};
