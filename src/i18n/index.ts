// i18next with both catalogues bundled (they are small). Language: ?lang= → saved choice → browser.
// A pseudo-locale (qps-plocm: English text, right-to-left) proves the layout survives an RTL language.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { nl } from "./nl";

export const LANGUAGES = ["en", "nl"] as const;
export const PSEUDO_RTL = "qps-plocm";
export type Language = (typeof LANGUAGES)[number] | typeof PSEUDO_RTL;
const STORAGE_KEY = "b2b-simulator/language";

export function toLanguage(value: string | null | undefined): Language | undefined {
  if (value?.toLowerCase() === PSEUDO_RTL) return PSEUDO_RTL;
  const base = value?.toLowerCase().split("-")[0];
  return LANGUAGES.find((l) => l === base);
}

export function initialLanguage(): Language {
  const fromUrl = toLanguage(new URLSearchParams(window.location.search).get("lang"));
  if (fromUrl) {
    // A share link's language sticks for the rest of the demo.
    safeStorage()?.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const saved = toLanguage(safeStorage()?.getItem(STORAGE_KEY));
  if (saved) return saved;
  for (const candidate of navigator.languages ?? [navigator.language]) {
    const language = toLanguage(candidate);
    if (language) return language;
  }
  return "en";
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Every English string embedded right-to-left, so direction bugs show without an RTL translation. */
function pseudoRtl(messages: unknown): unknown {
  if (typeof messages === "string") return `\u202B${messages}\u202C`;
  if (messages && typeof messages === "object") {
    return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, pseudoRtl(value)]));
  }
  return messages;
}

function applyDocumentLanguage(language: string) {
  document.documentElement.lang = language === PSEUDO_RTL ? "en-XB" : language;
  document.documentElement.dir = language === PSEUDO_RTL ? "rtl" : "ltr";
}

export function setLanguage(language: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export function initI18n(language: Language = initialLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: {
        en: { translation: en },
        nl: { translation: nl },
        [PSEUDO_RTL]: { translation: pseudoRtl(en) as typeof en },
      },
      lng: language,
      fallbackLng: "en",
      interpolation: { escapeValue: false }, // React escapes; nothing is set as HTML
      returnNull: false,
      initAsync: false,
    });
    i18n.on("languageChanged", applyDocumentLanguage);
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  applyDocumentLanguage(language);
  return i18n;
}

export { i18n };
