// Nederlandse teksten: zelfde sleutels als en-terms.ts.
import type { TermsMessages } from "./en-terms";

export const nlTerms: TermsMessages = {
  terms: {
    heading: "Gebruiksvoorwaarden",
    body: "{{org}} vraagt je de gebruiksvoorwaarden te accepteren om door te gaan.",
    expand: "“{{name}}” openen",
    collapse: "De voorwaarden sluiten",
    zoomIn: "Inzoomen",
    zoomOut: "Uitzoomen",
    zoomLevel: "{{percent}}%",
    mustExpand: "Open en lees de voorwaarden voordat je ze accepteert.",
    accept: "Accepteren",
    decline: "Weigeren",
    declinedHeading: "Je hebt de gebruiksvoorwaarden geweigerd",
    declinedBody:
      "Zonder de gebruiksvoorwaarden te accepteren heb je geen toegang tot de resources van {{org}}. Meld je opnieuw aan en accepteer ze om door te gaan.",
    signInAgain: "Opnieuw aanmelden",
  },
};
