// Nederlandse teksten: zelfde sleutels als en-exits.ts.
import type { ExitsMessages } from "./en-exits";

export const nlExits: ExitsMessages = {
  // Entra's eigen bericht (de AADSTS-tekst) blijft Engels, zoals Entra het geeft; de pagina eromheen is Nederlands (besluit 0047).
  entraError: {
    heading: "Aanmelden",
    lead: "Sorry, er is een probleem bij het aanmelden.",
    signOut: "Afmelden en aanmelden met een ander account",
    moreDetails: "Meer details",
    troubleshooting: "Details voor probleemoplossing",
    intro: "Als je contact opneemt met je beheerder, stuur deze gegevens dan mee.",
    copy: "Gegevens naar het klembord kopiëren",
    copied: "Gekopieerd",
    message: "Bericht",
    errorCode: "Foutcode",
    requestId: "Aanvraag-id",
    correlationId: "Correlatie-id",
    timestamp: "Tijdstempel",
    appName: "Naam van de app",
    appId: "App-id",
    ipAddress: "IP-adres",
    deviceIdentifier: "Apparaat-id",
    devicePlatform: "Apparaatplatform",
    deviceState: "Apparaatstatus",
    flag: "Aanmeldfouten markeren voor controle:",
    enableFlagging: "Markeren inschakelen",
    disableFlagging: "Markeren uitschakelen",
    flagNote:
      "Schakel markeren in en laat de fout binnen 20 minuten opnieuw optreden: je aanmeldingen worden dan gemarkeerd zodat je beheerder ze kan bekijken.",
    close: "Details voor probleemoplossing sluiten",
    variant: {
      AADSTS53011: {
        title: "Je account is geblokkeerd",
        lead: "We hebben verdachte activiteit op je account gedetecteerd. Neem contact op met de beheerder van je organisatie.",
      },
    },
  },
  /** The blocks without a documented AADSTS code (spec §6 GAP): the page names them itself. */
  blocked: {
    InvitationDomainBlocked: {
      title: "Uitnodigingen voor {{domain}} zijn niet meer toegestaan",
      body: "De uitnodigende organisatie heeft je domein ({{domain}}) geblokkeerd nadat je was uitgenodigd, dus deze uitnodiging kan niet worden ingewisseld.",
    },
    RedemptionMethodOff: {
      title: "Je kunt je niet meer op deze manier aanmelden bij {{organization}}",
      body: "{{organization}} biedt de manier waarop je deze uitnodiging hebt geaccepteerd niet meer aan, dus je kunt je zo niet aanmelden.",
    },
  },
};
