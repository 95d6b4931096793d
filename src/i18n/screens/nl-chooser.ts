// Nederlandse teksten: zelfde sleutels als en-chooser.ts.
import type { ChooserMessages } from "./en-chooser";

export const nlChooser: ChooserMessages = {
  chooser: {
    heading: "Welk account wil je gebruiken?",
    body: "Het lijkt erop dat {{email}} wordt gebruikt met meer dan één account van Microsoft.",
    work: "Werk- of schoolaccount",
    workHelp: "Gemaakt door je IT-afdeling",
    personal: "Persoonlijk account",
    personalHelp: "Door jou gemaakt",
  },
};
