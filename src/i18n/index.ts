// i18next with both catalogues bundled (they are small). Language: ?lang= → saved choice → browser.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { nl } from "./nl";

export const LANGUAGES = ["en", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "b2b-simulator/language";

export function toLanguage(value: string | null | undefined): Language | undefined {
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

export function setLanguage(language: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export function initI18n(language: Language = initialLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: en }, nl: { translation: nl } },
      lng: language,
      fallbackLng: "en",
      interpolation: { escapeValue: false }, // React escapes; nothing is set as HTML
      returnNull: false,
      initAsync: false,
    });
    i18n.on("languageChanged", (lng) => {
      document.documentElement.lang = lng;
    });
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18n;
}

export { i18n };
