// Nederlandse teksten: zelfde sleutels als en-sign-in.ts.
import type { SignInMessages } from "./en-sign-in";

export const nlSignIn: SignInMessages = {
  signIn: {
    heading: "Aanmelden",
    emailLabel: "E-mail, telefoon of Skype",
    emptyEmail: "Voer een geldig e-mailadres, telefoonnummer of Skype-naam in.",
    next: "Volgende",
    preparing: "Aanmelden wordt voorbereid…",
    inProgress: "Er is een aanmeldingsvenster geopend. Rond het aanmelden daar af.",
    verifying: "Je aanmelding wordt gecontroleerd…",
    popupBlocked: "Je browser heeft het aanmeldingsvenster geblokkeerd.",
    popupBlockedHelp: "Sta pop-ups toe voor deze site en probeer het opnieuw, of ga verder met aanmelden in dit venster.",
    popupClosed: "Het aanmeldingsvenster is gesloten voordat je klaar was met aanmelden.",
    popupClosedHelp: "Probeer het opnieuw of ga verder met aanmelden in dit venster.",
    timedOut: "Het aanmeldingsvenster reageert niet meer.",
    failed: "Aanmelden is niet gelukt ({{code}}).",
    tryAgain: "Opnieuw proberen",
    continueHere: "Doorgaan in dit venster",
    unsupportedPath: "Deze uitnodiging volgt het pad “{{path}}” (regel {{rule}}), dat deze versie van de simulator nog niet simuleert.",
  },
};
