// Translations: English is bundled (it is also the fallback); Dutch loads on demand. Keys are dotted paths
// into the catalogues, `{{name}}` interpolates, `_one`/`_other` suffixes follow Intl.PluralRules.
// A small module instead of i18next (22 KB gzip with react-i18next) keeps the first load in its budget
// (docs/decisions/0018). A pseudo-locale (qps-plocm: English, right-to-left) proves RTL layouts.
import { useEffect, useSyncExternalStore } from "react";
import { en } from "./en";

export const LANGUAGES = ["en", "nl"] as const;
export const PSEUDO_RTL = "qps-plocm";
export type Language = (typeof LANGUAGES)[number] | typeof PSEUDO_RTL;
type Catalog = { [key: string]: string | Catalog };
export type Values = Record<string, unknown> & { defaultValue?: string; count?: number };
export type Translate = (key: string, values?: Values) => string;

const STORAGE_KEY = "b2b-simulator/language";
const catalogs: Partial<Record<Language, Catalog>> = { en };
const pending = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();
let current: Language = "en";

export function toLanguage(value: string | null | undefined): Language | undefined {
  if (value?.toLowerCase() === PSEUDO_RTL) return PSEUDO_RTL;
  const base = value?.toLowerCase().split("-")[0];
  return LANGUAGES.find((l) => l === base);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
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

/** Every English string embedded right-to-left, so direction bugs show without an RTL translation. */
function pseudoRtl(messages: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === "string" ? `\u202B${value}\u202C` : pseudoRtl(value)]),
  );
}

/** Loads a language's catalogue (once); resolves when it can be used. */
export function loadLanguage(language: Language): Promise<void> {
  if (catalogs[language]) return Promise.resolve();
  let loading = pending.get(language);
  if (!loading) {
    loading =
      language === PSEUDO_RTL
        ? Promise.resolve().then(() => void (catalogs[PSEUDO_RTL] = pseudoRtl(en)))
        : import("./nl").then(({ nl }) => void (catalogs.nl = nl));
    loading = loading.then(() => listeners.forEach((listener) => listener()));
    pending.set(language, loading);
  }
  return loading;
}

function lookup(language: Language, key: string): string | undefined {
  let node: string | Catalog | undefined = catalogs[language];
  for (const part of key.split(".")) {
    if (!node || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

function translate(language: Language, key: string, values: Values = {}): string {
  const plural =
    typeof values.count === "number" ? `${key}_${new Intl.PluralRules(language === PSEUDO_RTL ? "en" : language).select(values.count)}` : undefined;
  const template =
    (plural && (lookup(language, plural) ?? lookup(language, `${key}_other`))) ??
    lookup(language, key) ??
    (plural && lookup("en", plural)) ??
    lookup("en", key) ??
    values.defaultValue ??
    key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

function applyDocumentLanguage(language: Language) {
  document.documentElement.lang = language === PSEUDO_RTL ? "en-XB" : language;
  document.documentElement.dir = language === PSEUDO_RTL ? "rtl" : "ltr";
}

export const i18n = {
  get language(): Language {
    return current;
  },
  t: ((key, values) => translate(current, key, values)) as Translate,
  /** A translator fixed to one language (e-mails are shown in their own language). */
  getFixedT: (language: string): Translate => (key, values) => translate(toLanguage(language) ?? "en", key, values),
  exists: (key: string): boolean => lookup(current, key) !== undefined || lookup("en", key) !== undefined,
  /** Switches at once when the catalogue is loaded, else after loading it. */
  changeLanguage(language: Language): Promise<void> {
    const apply = () => {
      current = language;
      applyDocumentLanguage(language);
      listeners.forEach((listener) => listener());
    };
    if (catalogs[language]) {
      apply();
      return Promise.resolve();
    }
    return loadLanguage(language).then(apply);
  },
};

export function setLanguage(language: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

/** Sets the UI language; its catalogue is loaded before the promise resolves (bootstrap awaits it). */
export function initI18n(language: Language = initialLanguage()): Promise<void> {
  return i18n.changeLanguage(language);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The translator for the current language; components re-render when it changes. */
export function useTranslation(): { t: Translate; i18n: typeof i18n } {
  const language = useSyncExternalStore(subscribe, () => current);
  return { t: (key, values) => translate(language, key, values), i18n };
}

/** Whether these languages' catalogues are loaded (and loads them): e-mails keep their own language. */
export function useLanguagesReady(languages: readonly string[]): boolean {
  const wanted = languages.map((l) => toLanguage(l) ?? "en");
  const ready = useSyncExternalStore(subscribe, () => wanted.every((l) => Boolean(catalogs[l])));
  useEffect(() => {
    for (const language of wanted) void loadLanguage(language);
  });
  return ready;
}
