// Nederlandse teksten: zelfde sleutels als en-exits.ts.
import type { ExitsMessages } from "./en-exits";

export const nlExits: ExitsMessages = {
  blocked: {
    AADSTS53003: {
      title: "Toegang is geblokkeerd door beleid voor voorwaardelijke toegang",
      body: "AADSTS53003: Het beleid voor voorwaardelijke toegang van {{organization}} blokkeert deze aanmelding. Alleen de beheerder van {{organization}} kan dat wijzigen.",
    },
    AADSTS500212: {
      title: "Je organisatie staat deze toegang niet toe",
      body: "AADSTS500212: De instellingen voor toegang tussen tenants van {{home}} blokkeren de toegang tot {{organization}}. Neem contact op met je IT-afdeling.",
    },
    AADSTS500213: {
      title: "{{organization}} staat geen gebruikers van je organisatie toe",
      body: "AADSTS500213: De instellingen voor toegang tussen tenants van {{organization}} blokkeren gebruikers van {{home}}. Neem contact op met {{organization}}.",
    },
    AADSTS50057: {
      title: "Je account is uitgeschakeld",
      body: "AADSTS50057: De beheerder van de uitnodigende organisatie heeft aanmelden voor {{email}} geblokkeerd. Neem contact met hen op om de blokkering op te heffen.",
    },
    AADSTS500121: {
      title: "We kunnen je niet aanmelden",
      body: "AADSTS500121: De aanmeldingsaanvraag is niet goedgekeurd in de Authenticator-app, dus de verificatie is niet voltooid. Meld je opnieuw aan voor een nieuwe aanvraag.",
    },
    InvitationDomainBlocked: {
      title: "Uitnodigingen voor {{domain}} zijn niet meer toegestaan",
      body: "De uitnodigende organisatie heeft je domein ({{domain}}) geblokkeerd nadat je was uitgenodigd, dus deze uitnodiging kan niet worden ingewisseld.",
    },
    RedemptionMethodOff: {
      title: "Je kunt je niet meer op deze manier aanmelden bij {{organization}}",
      body: "{{organization}} biedt de manier waarop je deze uitnodiging hebt geaccepteerd niet meer aan. Totdat de beheerder je inwisselingsstatus opnieuw instelt, kun je je niet aanmelden; daarna accepteer je de uitnodiging opnieuw op een manier die wel wordt aangeboden.",
    },
    next: "Neem contact op met de persoon die je heeft uitgenodigd.",
  },
  noIdp: {
    heading: "Met deze koppeling kun je je uitnodiging niet inwisselen",
    body: "{{org}} heeft geen aanmeldingsmethode voor {{email}} via een directe koppeling: je hebt geen werk-, school- of Microsoft-account en eenmalige wachtwoordcodes zijn uitgeschakeld.",
    next: "Open de uitnodigingsmail en gebruik de koppeling Uitnodiging accepteren, of vraag {{org}} om eenmalige wachtwoordcodes via e-mail in te schakelen.",
  },
  wrongAccount: {
    googleHeading: "Je hebt een ander Google-account gekozen",
    googleBody:
      "Google heeft je aangemeld als {{signedIn}}, maar deze uitnodiging is bedoeld voor {{invited}}. Kies het uitgenodigde account in de accountkiezer van Google.",
    heading: "Je hebt je aangemeld met een ander account",
    code: "AADSTS50020",
    body: "Gebruikersaccount “{{signedIn}}” van id-provider “{{idp}}” bestaat niet in tenant “{{org}}” en heeft geen toegang tot de toepassing.",
    invited: "Deze uitnodiging is bedoeld voor {{invited}}.",
    help: "Meld je aan met het account waarnaar de uitnodiging is verzonden. Als je voortaan een ander account wilt gebruiken, vraag {{org}} dan om je inwisselstatus opnieuw in te stellen.",
    switch: "Aanmelden met een ander account",
    privateWindow: "Als steeds het verkeerde account wordt gebruikt, open de uitnodiging dan in een privévenster (InPrivate/Incognito).",
  },
};
