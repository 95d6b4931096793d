// Nederlandse teksten: zelfde sleutels als en-done.ts.
import type { DoneMessages } from "./en-done";

export const nlDone: DoneMessages = {
  done: {
    heading: "Uitnodiging geaccepteerd",
    redirecting: "Je wordt doorgestuurd naar {{url}}…",
    leavingHeading: "Je verlaat de simulator",
    leavingBody: "De uitnodiging stuurt je door naar {{url}}. Die pagina valt buiten de simulator.",
    leavingContinue: "Doorgaan naar {{host}}",
    unsafeHeading: "Deze omleiding is geweigerd",
    unsafeBody: "Het omleidingsadres “{{url}}” van de uitnodiging is geen absoluut https-adres, dus de simulator volgt het niet.",
  },
};
