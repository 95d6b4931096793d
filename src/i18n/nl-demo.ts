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
    group: {
      "existing-accounts": "Bestaande accounts",
      passcodes: "Eenmalige wachtwoordcodes",
      "new-accounts": "Nieuwe accounts",
      federation: "Federatie",
      "policies-errors": "Beleid en fouten",
      "admin-actions": "Na het inwisselen: acties van beheerder en gast",
    },
    guest: "Gast",
    path: "Route",
    outcome: "Eindigt met",
    rows: "Specificatie",
    password: "Wachtwoord",
    noPassword: "niet nodig",
    paths: {
      "work-account": "Werk- of schoolaccount (Fabrikam)",
      "microsoft-account": "Persoonlijk Microsoft-account",
      google: "Google",
      saml: "SAML/WS-Fed-partner",
      passcode: "Eenmalige wachtwoordcode per e-mail",
      "new-microsoft-account": "Maakt een Microsoft-account",
      chooser: "Keuze van het accounttype, daarna een werkaccount",
    },
    outcomes: {
      "my-apps": "Mijn apps",
      "apps-tiles": "Mijn apps met twee app-tegels",
      "no-consent": "Mijn apps zonder Machtigingen controleren",
      error: "De foutpagina van Entra ({{code}})",
      "error-then-my-apps": "De foutpagina van Entra ({{code}}), daarna Mijn apps met het uitgenodigde account",
      "invitation-blocked": "Een foutpagina: de uitnodiging kan niet meer worden gebruikt",
      "locked-out-then-my-apps": "Buitengesloten; na de reset door de beheerder Mijn apps",
      "smart-lockout-then-my-apps": "60 s vergrendeld; na de klok of de ontgrendeling door de beheerder Mijn apps",
      "new-password-then-my-apps": "Een nieuw wachtwoord bij de thuistenant, daarna Mijn apps",
      "fault-then-my-apps": "De melding van Entra ({{code}}); met de fout uit: Opnieuw proberen en Mijn apps",
      "google-page-then-my-apps":
        "De eigen foutpagina van Google (header te lang); na het wissen van de cookies voor Google: Opnieuw proberen en Mijn apps",
      "device-code-then-my-apps":
        "Een code voor microsoft.com/devicelogin, de aanmelding bij Google in een aparte browser, daarna Mijn apps",
      "google-blocked-then-my-apps":
        "De blokkeerpagina van Google (disallowed_useragent); met de webweergave uit: Opnieuw proberen en Mijn apps",
      "blocked-then-my-apps": "Foutpagina van Entra; nadat de beheerder aanmelden toestaat, Mijn apps",
      left: "De gast verlaat Contoso",
      "privacy-contact": "Verlaten wordt geweigerd; de privacycontactpersoon wordt genoemd",
      "admin-approval": "Goedkeuring van beheerder nodig ({{code}}): niets aan te vragen",
      "risk-dismissed-then-my-apps": "De foutpagina van Entra ({{code}}); zodra de thuistenant het risico negeert (studio), Mijn apps",
      "takeover-then-my-apps": "De foutpagina van Entra ({{code}}); na een beheerdersovername van de directory (studio), Mijn apps",
      "approval-then-app": "Goedkeuring vereist ({{code}}); nadat de beheerder op /admin goedkeurt, de app",
    },
  },
  scenarios: {
    "work-account": "Een medewerker van Fabrikam met een werkaccount wisselt een uitnodiging van Contoso in.",
    "wrong-account":
      "Taylor, een collega bij Fabrikam, is nog aangemeld in deze browser: de uitnodiging van Alex openen meldt Taylor aan, en Entra antwoordt AADSTS50020.",
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
    "terms-of-use":
      "Contoso vereist gebruiksvoorwaarden: vouw ze uit vóór Accepteren; Weigeren blokkeert. Na 30 dagen moet je ze opnieuw accepteren.",
    "terms-of-use-two-agreements":
      "Contoso vereist twee sets gebruiksvoorwaarden: eerst de voorwaarden voor gasttoegang, dan de voorwaarden voor gegevensbescherming, elk op een eigen pagina met eigen Accepteren of Weigeren.",
    "mfa-required":
      "Contoso vereist MFA voor gasten: Meer informatie vereist, daarna Uw account veilig houden (Authenticator met een QR-code en getalvergelijking, een andere verificatie-app of de telefoon) en daarna de aanmeldingscontrole.",
    "mfa-authenticator":
      "Sam heeft Microsoft Authenticator bij Contoso geregistreerd: Aanmeldingsaanvraag goedkeuren, het getal ingetypt op de gesimuleerde telefoon.",
    "mfa-totp":
      "Sam heeft een andere authenticator-app bij Contoso geregistreerd: de code van 6 cijfers die de gesimuleerde telefoon toont.",
    "mfa-sms-passkey-campaign":
      "Sams enige MFA-methode bij Contoso is de telefoon: een sms of een oproep, daarna (vanaf 1 september 2026) de campagne om een toegangssleutel te registreren, met Niet nu; vanaf 1 februari 2027 (tijdreizen) blokkeert de registratie van de toegangssleutel.",
    "mfa-home-tenant-trust": "Contoso vertrouwt MFA van Entra-tenants: de eigen organisatie van de gast, Fabrikam, voert de MFA uit.",
    "conditional-access-block": "Een beleid voor voorwaardelijke toegang blokkeert gasten: AADSTS53003.",
    "cross-tenant-inbound-block":
      "De instellingen voor binnenkomende toegang tussen tenants van Contoso blokkeren gebruikers van Fabrikam: AADSTS500213.",
    "cross-tenant-outbound-block": "De instellingen voor uitgaande toegang tussen tenants van Fabrikam blokkeren Contoso: AADSTS500212.",
    "tenant-restrictions":
      "Het eigen netwerk van Alex (de proxy van Fabrikam) beperkt welke tenants bereikbaar zijn, en Contoso hoort er niet bij: AADSTS500021 (v2 in de studio: 5000211).",
    "admin-consent-required":
      "De uitnodiging leidt naar Contoso Partner Wiki, dat een machtiging vraagt die alleen een beheerder kan verlenen, en gebruikers kunnen geen toestemming aanvragen: Goedkeuring van beheerder nodig (AADSTS90094).",
    "admin-consent-request":
      "Dezelfde app, met de werkstroom voor beheerderstoestemming aan: Alex vraagt goedkeuring aan met een motivering (AADSTS90095), krijgt e-mails, de beheerder keurt goed op /admin en Alex komt erin.",
    "app-not-assigned":
      "De uitnodiging leidt naar Contoso Projects, dat toewijzing vereist, en Alex is niet toegewezen: AADSTS50105. Wijs de app toe op /admin en open de uitnodiging opnieuw.",
    "device-compliance":
      "Contoso vereist een compatibel apparaat en vertrouwt de apparaatclaims van Fabrikam niet: AADSTS53000 met de apparaatgegevens. Vertrouw ze in de studio en Alex komt erin.",
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
    "smart-lockout":
      "Op de wachtwoordpagina van Fabrikam vergrendelen tien verschillende verkeerde wachtwoorden het account van Alex (AADSTS50053, in de pagina): zet de klok een minuut vooruit, of ontgrendel in de studio.",
    "expired-password":
      "Het wachtwoord van Alex is verlopen bij Fabrikam (AADSTS50055): na het juiste wachtwoord vraagt de pagina van Fabrikam om een nieuw wachtwoord (huidig, nieuw, bevestigen); daarna toestemming en Mijn apps.",
    "msa-server-error":
      "Sam meldt zich aan met een persoonlijk Microsoft-account en de Microsoft-accountservice faalt (AADSTS70012, de fout uit de studio): de melding van Entra in de aanmeldstap. Zet de fout op Geen fout in de tenantinstellingen van de studio en kies Opnieuw proberen.",
    "google-header-too-long":
      "De browser van Kim stuurt Google een cookieheader die te lang is: de eigen 400-pagina van Google (header te lang) in plaats van de aanmelding. Wis de cookies voor Google in de browser (de simulatorstrook van het aanmeldvenster, of de schakelaar in de studio uit) en kies Opnieuw proberen.",
    "google-web-view-blocked":
      "De app meldt aan in een ingesloten webweergave en Google blokkeert dat (disallowed_useragent) op een eigen pagina. Zet de webweergave uit in de tenantinstellingen van de studio (de oplossing van de app: de systeembrowser) en kies Opnieuw proberen.",
    "google-device-sign-in":
      "De app meldt aan in een ingesloten webweergave, dus neemt de apparaataanmelding van Microsoft het over van Google: het aanmeldvenster toont een code van negen tekens; open microsoft.com/devicelogin in een aparte browser (een nieuw tabblad), voer de code en het adres van Kim opnieuw in, meld je aan bij Google en kies Doorgaan; het aanmeldvenster gaat daarna vanzelf verder.",
    "disabled-account":
      "De beheerder van Contoso heeft aanmelden voor de gastgebruiker alex@fabrikam.com geblokkeerd: na de wachtwoordpagina van Fabrikam AADSTS50057 op de foutpagina van Entra. Sta aanmelden toe op /admin en wissel dan in.",
    "revoked-sessions":
      "alex@fabrikam.com heeft ingewisseld en is hier aangemeld; op /admin trekt de beheerder van Contoso de sessies van Alex in (AADSTS50173): het oude vernieuwingstoken wordt geweigerd en Fabrikam vraagt opnieuw om het wachtwoord.",
    "risky-guest-registration":
      "ID-beveiliging van Fabrikam schat het risico van Alex hoog in, en de risicogebaseerde voorwaardelijke toegang van Contoso vraagt riskante gasten om MFA. Alex heeft bij Contoso geen methode geregistreerd, en de riskante aanmelding kan er geen registreren: AADSTS53004. Zet het risico van Alex in de studio op geen (Fabrikam negeert het) en wissel dan in.",
    "home-tenant-risk-block":
      "ID-beveiliging van Fabrikam schat het risico van Alex hoog in, en de risicogebaseerde voorwaardelijke toegang van Contoso blokkeert gasten met een hoog risico: na de wachtwoordpagina van Fabrikam AADSTS53011 (Je account is geblokkeerd). Zet het risico van Alex in de studio op geen en wissel dan in.",
    "unmanaged-home-tenant":
      "Jamie heeft lang geleden ingewisseld met een account van fourthcoffee.com, een onbeheerde directory (selfservice-aanmelding) zonder beheerder: opnieuw aanmelden geeft AADSTS65005. Een beheerdersovername in de studio laat Jamie erin; de inwisselstatus opnieuw instellen op /admin stuurt Jamie in plaats daarvan naar een eenmalige wachtwoordcode.",
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
    intro: "De telefoon van de gast: een verificatie-app (aanmeldingsaanvragen en codes) en sms-berichten.",
    pushes: "Authenticator",
    noPushes: "Geen aanmeldingsaanvragen.",
    pushFor: "Probeer je je aan te melden? {{org}}, {{account}}",
    app: "App: {{app}}",
    location: "Locatie: {{location}}",
    numberLabel: "Voer het getal in dat wordt weergegeven om je aan te melden.",
    approve: "Goedkeuren",
    deny: "Weigeren",
    calls: "Oproepen",
    noCalls: "Geen oproepen.",
    incoming: "Inkomende oproep van {{from}}",
    answer: "Opnemen",
    decline: "Weigeren",
    hangUp: "Ophangen",
    pressPound: "Druk op het hekje (#)",
    callScript: "“Bedankt voor het gebruik van de aanmeldingsverificatie van Microsoft. Druk op het hekje om de verificatie af te ronden.”",
    callVerified: "“Je aanmelding is geverifieerd. Tot ziens.”",
    accounts: "Accounts",
    noAccounts: "Nog geen accounts in de app.",
    accountPush: "{{org}}: {{account}} (aanmeldingsaanvragen)",
    accountPasskey: "{{org}}: {{account}} (toegangssleutel)",
    accountCode: "Eenmalige wachtwoordcode voor {{account}} bij {{org}}",
    secondsLeft_one: "Nieuwe code over {{count}} seconde",
    secondsLeft_other: "Nieuwe code over {{count}} seconden",
    addAccount: "Account toevoegen",
    scan: "Een QR-code scannen",
    cameraEmpty: "De camera ziet geen QR-code. Open de aanmeldingspagina die er een toont.",
    scanFrom: "De QR-code op de aanmeldingspagina van {{org}} scannen",
    scanned: "Account toegevoegd.",
    manual: "Of voer de code met de hand in",
    manualLabel: "Code, URL of geheime sleutel",
    add: "Toevoegen",
    messages: "Berichten",
    noMessages: "Geen sms-berichten.",
  },
  consentRequestEmail: {
    subject: {
      submitted: "Je aanvraag om {{app}} te gebruiken is verzonden",
      approved: "Je aanvraag om {{app}} te gebruiken is goedgekeurd",
      denied: "Je aanvraag om {{app}} te gebruiken is geweigerd",
      expired: "Je aanvraag om {{app}} te gebruiken is verlopen",
    },
    body: {
      submitted:
        "Je hebt de beheerders van {{org}} gevraagd {{app}} goed te keuren. Je krijgt een e-mail zodra ze beslissen. Beslist niemand, dan verloopt de aanvraag op {{date}}.",
      approved:
        "Een beheerder van {{org}} heeft {{app}} goedgekeurd voor iedereen in de organisatie. Open de app opnieuw om hem te gebruiken.",
      denied: "Een beheerder van {{org}} heeft je aanvraag om {{app}} te gebruiken geweigerd. Je kunt hem opnieuw aanvragen.",
      expired:
        "Niemand bij {{org}} heeft vóór {{date}} over je aanvraag om {{app}} te gebruiken beslist, dus is hij verlopen. Je kunt hem opnieuw aanvragen.",
    },
    yourReason: "Je motivering:",
    reviewerReason: "De motivering van de beheerder:",
    footer: "Dit bericht is verzonden vanaf een niet-bewaakt adres door Microsoft Entra.",
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
    revoke: "Sessies intrekken",
    done: "Gereed: {{action}}.",
    none: "Geen gastgebruikers.",
    confirmDelete: "{{name}} verwijderen? Contoso kan het account 30 dagen herstellen.",
    keep: "Behouden",
    apps: "Apps",
    hidden: "{{app}} (verborgen voor gebruikers)",
    assigned: "{{app}} toegewezen",
    terms: {
      heading: "Gebruiksvoorwaarden",
      none: "Contoso heeft geen gebruiksvoorwaarden.",
      counts: "Geaccepteerd: {{accepted}} · Geweigerd: {{declined}}",
      caption: "Beslissingen over {{name}}",
      decision: "Beslissing",
      states: { accepted: "Geaccepteerd", declined: "Geweigerd" },
      recorded: "Vastgelegd",
      expires: "Verloopt",
      never: "—",
      auditDays: "Graph toont de beslissingen van de laatste 30 dagen (het auditlogboek van de gebruiksvoorwaarden).",
    },
    consent: {
      heading: "Aanvragen voor beheerderstoestemming",
      none: "Geen aanvragen voor beheerderstoestemming.",
      app: "Toepassing",
      requestedBy: "Aangevraagd door",
      reason: "Motivering",
      requested: "Aangevraagd op",
      expires: "Verloopt op",
      status: "Status",
      statuses: { pending: "In behandeling", approved: "Goedgekeurd", denied: "Geweigerd", expired: "Verlopen" },
      approve: "{{app}} goedkeuren (beheerderstoestemming verlenen)",
      deny: "{{app}} weigeren",
      denyReason: "Motivering voor weigeren",
      denyReasonMissing: "Geef een motivering: de aanvrager leest die.",
      approved: "Goedgekeurd: {{app}} heeft beheerderstoestemming voor iedereen in Contoso.",
      denied: "Geweigerd: de aanvrager heeft gehoord waarom.",
    },
    unassigned: "{{app}} verwijderd",
  },
};
