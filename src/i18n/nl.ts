// Nederlandse teksten (nl-NL) van de app-balk en alle fouten. Zelfde sleutels als
// en.ts; tijdelijke aanduidingen ({{...}}) ongewijzigd laten.
import type { CoreMessages } from "./en";

export const nl: CoreMessages = {
  app: {
    title: "Simulator voor B2B-inwisseling",
    skipToContent: "Naar inhoud gaan",
    language: "Taal",
    simulatorNotice: "Simulator — niets hier maakt verbinding met een echte Microsoft-service.",
    simulatorStrip: "Simulator",
    mailbox: "Postvak",
    openMailbox: "Open het postvak",
    phone: "Telefoon",
    admin: "Beheer",
    home: "Scenario's",
    loading: "Laden…",
    recovered: "De opgeslagen simulatorstatus kon niet worden gebruikt ({{reason}}), dus is het standaardscenario geladen.",
    recoveredReason_unreadable: "deze was onleesbaar",
    "recoveredReason_older-version": "deze is opgeslagen door een oudere versie",
    "recoveredReason_newer-version": "deze is opgeslagen door een nieuwere versie van de simulator",
    openStudio: "Studio",
    restart: "Dit scenario opnieuw starten",
    presenter: "Presentatiemodus",
    exitPresenter: "Presentatiemodus afsluiten",
    termsOfUse: "Gebruiksvoorwaarden",
    privacyCookies: "Privacy en cookies",
    troubleshootingInfo: "Klik hier voor informatie over probleemoplossing",
    fakeTime: "Neptijd: {{time}}",
  },
  errors: {
    heading: "Er is iets misgegaan",
    details: "Technische details",
    code: "Foutcode",
    correlationId: "Correlatie-id",
    traceId: "Tracerings-id",
    timestamp: "Tijdstempel",
    copy: "Details kopiëren",
    copied: "Gekopieerd",
    retry: "Opnieuw proberen",
    home: "Naar de scenario's",
    InvitationNotFound: {
      title: "Deze uitnodigingskoppeling is niet geldig",
      body: "De koppeling is onvolledig of gewijzigd, of de uitnodiging bestaat niet meer. Open de uitnodiging opnieuw vanuit de e-mail of vraag de persoon die je heeft uitgenodigd om een nieuwe te sturen.",
    },
    SessionNotFound: {
      title: "Deze aanmeldingssessie is beëindigd",
      body: "Begin opnieuw vanuit de uitnodigingsmail.",
    },
    NoFallbackLeft: {
      title: "Houd minstens één terugvaloptie aan",
      body: "Entra heeft de eenmalige wachtwoordcode of de terugvaloptie naar een persoonlijk Microsoft-account nodig, dus deze instellingen zijn niet opgeslagen. Zet een van beide weer aan.",
    },
    SessionExpired: {
      title: "Deze aanmelding is verlopen",
      body: "Er is hier een tijd niets gebeurd, dus deze aanmelding is beëindigd. Begin opnieuw vanuit de uitnodigingsmail.",
    },
    InvalidIdToken: {
      title: "Je aanmelding kan niet worden geverifieerd",
      body: "Het identiteitstoken is geweigerd ({{reason}}). Meld je opnieuw aan.",
    },
    StepConflict: {
      title: "Deze stap is al voltooid",
      body: "De uitnodiging is al verder, misschien in een ander tabblad. Ga verder vanaf het punt waar ze nu is.",
    },
    BadRequest: {
      title: "De aanvraag is ongeldig",
      body: "Iets in de koppeling of het formulier kan niet worden gelezen. Open de uitnodiging opnieuw vanuit de e-mail.",
    },
    NetworkError: {
      title: "De back-end van de simulator reageert niet",
      body: "Controleer of de simulator nog actief is en probeer het opnieuw. Er is niets verloren gegaan van wat je hebt gedaan.",
    },
    InternalServerError: {
      title: "Er is een fout opgetreden in de nep-Entra",
      body: "Dit is een fout in de simulator. Probeer het opnieuw. Blijft het probleem zich voordoen, zet het scenario dan terug.",
    },
    MockServiceWorkerUnavailable: {
      title: "De nep-Entra kan niet worden gestart",
      body: "De mock service worker heeft een beveiligde context nodig: open de simulator op http://127.0.0.1 of http://localhost (of een vertrouwd https-adres), in een browser die service workers toestaat.",
    },
    LeaveNotAllowed: {
      title: "Je kunt deze organisatie niet zelf verlaten",
      body: "Neem contact op met de contactpersoon voor privacy van {{organization}} ({{contact}}).",
    },
    TermsNotExpanded: {
      title: "Open eerst de voorwaarden",
      body: "Open en lees de gebruiksvoorwaarden voordat je ze accepteert.",
    },
    InjectedFault: {
      title: "Er is een fout geïnjecteerd",
      body: "De demostudio heeft de aanvraag {{endpoint}} laten mislukken. Probeer het opnieuw of schakel de fouten uit in de studio.",
    },
    StartStepUnavailable: {
      title: "Dit scenario kan daar niet beginnen",
      body: "Het pad “{{path}}” heeft geen stap na het aanmelden om bij te beginnen. Start het scenario vanaf het begin.",
    },
    PasscodeRequired: {
      title: "Meld je eerst aan",
      body: "Meld je aan met een eenmalige code om geblokkeerde organisaties te beheren.",
    },
    NotFound: {
      title: "Deze pagina bestaat niet",
      body: "Controleer het adres of begin bij een scenario.",
    },
    Unknown: {
      title: "Er is iets misgegaan",
      body: "Er is een onverwachte fout opgetreden ({{code}}).",
    },
  },
};
