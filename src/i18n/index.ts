// Translations. Keys are dotted paths into the catalogues, typed from the English catalogue (a mistyped key
// fails the typecheck); `{{name}}` interpolates, `_one`/`_other` suffixes follow Intl.PluralRules and the
// `{{count}}` they are chosen by is written by Intl.NumberFormat. A missing string or value warns in dev builds.
// Each language comes in parts, merged group by group: "core" (the app bar, the invitation page, every
// error: what a first visit needs), one part per guest screen or family of screens (./screens/*: "sign-in",
// "consent", …), "screens" (all of those together, for what shows many), "demo" (scenarios, admin, phone,
// e-mails) and "studio", each loaded with the first screen that needs it. Dates: ./format.ts.
// English core is bundled and is the fallback. A small module instead of i18next (22 KB gzip with
// react-i18next) keeps the first load in its budget (docs/decisions/0018). A pseudo-locale (qps-plocm:
// English, right-to-left) proves RTL layouts.
import { useEffect, useSyncExternalStore } from "react";
import { en, type CoreMessages } from "./en";
import type { DemoMessages } from "./en-demo";
import type { ScreenMessages } from "./en-screens";
import type { StudioMessages } from "./en-studio";
import { createStore } from "../lib/store";

export const LANGUAGES = ["en", "nl"] as const;
export const PSEUDO_RTL = "qps-plocm";
export type Language = (typeof LANGUAGES)[number] | typeof PSEUDO_RTL;
export type Catalog = { [key: string]: string | Catalog };
/** The guest screens' own parts (./screens/en-<part>.ts); "screens" is all of them together. */
const SCREEN_PARTS = [
  "sign-in",
  "field-errors",
  "chooser",
  "passcode",
  "signup",
  "consent",
  "terms",
  "mfa",
  "exits",
  "done",
  "pages",
] as const;
export type ScreenPart = (typeof SCREEN_PARTS)[number];
export type Part = "core" | ScreenPart | "screens" | "demo" | "studio";
type Real = (typeof LANGUAGES)[number];
export type Values = Record<string, unknown> & { defaultValue?: string; count?: number };

// Keys are typed from the English catalogue (types only: nothing here reaches the bundle). The Dutch parts are
// declared with the English parts' types, so a key missing in Dutch fails the typecheck too.
/** Every part of the English catalogue together. */
export type Messages = CoreMessages & ScreenMessages & DemoMessages & StudioMessages;
/** Intl.PluralRules categories: `attemptsLeft_one`/`attemptsLeft_other` are the forms of `attemptsLeft`. */
type PluralCategory = Intl.LDMLPluralRule;
type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type Leaf = Leaves<Messages>;
/** The keys of strings with plural forms, without the form's suffix: these need a `count`. */
export type PluralKey = Leaf extends infer L ? (L extends `${infer Base}_${PluralCategory}` ? Base : never) : never;
/** A dotted path to a string (`landing.heading`), or to a string's plural forms (`passcode.attemptsLeft`). */
export type MessageKey = Exclude<Leaf, `${PluralKey}_${PluralCategory}`> | PluralKey;
/** What a key interpolates: plural keys need a `count`. */
export type ValuesFor<K extends MessageKey> = K extends PluralKey ? [values: Values & { count: number }] : [values?: Values];
type Groups<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? never : `${Prefix}${K}` | Groups<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
/** A dotted path to a group of strings (`errors`, `studio.explain.node`). */
export type Group = Groups<Messages>;
export interface Translate {
  <K extends MessageKey>(key: K, ...values: ValuesFor<K>): string;
  /**
   * A key named by data (a discovery rule, an error code from the API), its group given explicitly:
   * `` t<"discovery">(`discovery.${rule}`) ``. The typecheck holds the key to the group (and the group to the
   * catalogue); the name is known only at run time, where a missing key falls back like any other (and warns in
   * dev builds). Types only, like the rest: no helper reaches the bundle.
   */
  <G extends Group = never>(key: `${NoInfer<G>}.${string}`, values?: Values): string;
}

const STORAGE_KEY = "b2b-simulator/language";
const LOADERS: Record<Real, Record<Part, () => Promise<Catalog>>> = {
  en: {
    core: () => Promise.resolve(en),
    "sign-in": () => import("./screens/en-sign-in").then((m) => m.enSignIn),
    "field-errors": () => import("./screens/en-field-errors").then((m) => m.enFieldErrors),
    chooser: () => import("./screens/en-chooser").then((m) => m.enChooser),
    passcode: () => import("./screens/en-passcode").then((m) => m.enPasscode),
    signup: () => import("./screens/en-signup").then((m) => m.enSignup),
    consent: () => import("./screens/en-consent").then((m) => m.enConsent),
    terms: () => import("./screens/en-terms").then((m) => m.enTerms),
    mfa: () => import("./screens/en-mfa").then((m) => m.enMfa),
    exits: () => import("./screens/en-exits").then((m) => m.enExits),
    done: () => import("./screens/en-done").then((m) => m.enDone),
    pages: () => import("./screens/en-pages").then((m) => m.enPages),
    screens: () => import("./en-screens").then((m) => m.enScreens),
    demo: () => import("./en-demo").then((m) => m.enDemo),
    studio: () => import("./en-studio").then((m) => m.enStudio),
  },
  nl: {
    core: () => import("./nl").then((m) => m.nl),
    "sign-in": () => import("./screens/nl-sign-in").then((m) => m.nlSignIn),
    "field-errors": () => import("./screens/nl-field-errors").then((m) => m.nlFieldErrors),
    chooser: () => import("./screens/nl-chooser").then((m) => m.nlChooser),
    passcode: () => import("./screens/nl-passcode").then((m) => m.nlPasscode),
    signup: () => import("./screens/nl-signup").then((m) => m.nlSignup),
    consent: () => import("./screens/nl-consent").then((m) => m.nlConsent),
    terms: () => import("./screens/nl-terms").then((m) => m.nlTerms),
    mfa: () => import("./screens/nl-mfa").then((m) => m.nlMfa),
    exits: () => import("./screens/nl-exits").then((m) => m.nlExits),
    done: () => import("./screens/nl-done").then((m) => m.nlDone),
    pages: () => import("./screens/nl-pages").then((m) => m.nlPages),
    screens: () => import("./nl-screens").then((m) => m.nlScreens),
    demo: () => import("./nl-demo").then((m) => m.nlDemo),
    studio: () => import("./nl-studio").then((m) => m.nlStudio),
  },
};
/** Per language, the merged parts loaded so far. */
const catalogs: Record<Real, Catalog> = { en: { ...en }, nl: {} };
const loaded: Record<Real, Set<Part>> = { en: new Set(["core"]), nl: new Set() };
/** The parts the app uses so far: every language it shows gets them all. */
const activeParts = new Set<Part>(["core"]);
const pending = new Map<string, Promise<void>>();
let current: Language = "en";
/** Bumped whenever a part arrives, so components re-render with the new strings. */
const version = createStore(0);

/** The catalogue a language reads from: the pseudo-locale reads English. */
const source = (language: Language): Real => (language === PSEUDO_RTL ? "en" : language);
const isReady = (language: Language) => [...activeParts].every((part) => loaded[source(language)].has(part));
const notify = () => {
  version.set(version.get() + 1);
};

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

/** Adds a part to a catalogue group by group, so two parts may fill one group; copies a group before changing it. */
export function merge(into: Catalog, part: Catalog): Catalog {
  for (const [name, value] of Object.entries(part)) {
    const existing = into[name];
    into[name] = typeof value === "object" && typeof existing === "object" ? merge({ ...existing }, value) : value;
  }
  return into;
}

function loadPart(language: Real, part: Part): Promise<void> {
  if (loaded[language].has(part)) return Promise.resolve();
  const key = `${language}/${part}`;
  let loading = pending.get(key);
  if (!loading) {
    loading = LOADERS[language][part]().then(
      (messages) => {
        merge(catalogs[language], messages);
        loaded[language].add(part);
        if (part === "screens") for (const screenPart of SCREEN_PARTS) loaded[language].add(screenPart);
        pending.delete(key);
        notify();
      },
      (error: unknown) => {
        pending.delete(key); // a later call tries again
        throw error;
      },
    );
    pending.set(key, loading);
  }
  return loading;
}

/** Loads every part in use of a language's catalogue; resolves when it can be used. */
export function loadLanguage(language: Language): Promise<void> {
  return Promise.all([...activeParts].map((part) => loadPart(source(language), part))).then(() => undefined);
}

/** Parts of the catalogue a screen needs, in the current language (routes await it before showing it). */
export function loadStrings(...parts: Part[]): Promise<void> {
  for (const part of parts) activeParts.add(part);
  return loadLanguage(current);
}

/** A lazily loaded module together with the parts of the catalogue it shows. */
export function withStrings<T>(load: () => Promise<T>, ...parts: Part[]): Promise<T> {
  return Promise.all([load(), loadStrings(...parts)]).then(([module]) => module);
}

function lookup(language: Real, key: string): string | undefined {
  let node: string | Catalog | undefined = catalogs[language];
  for (const part of key.split(".")) {
    if (!node || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** A key's string in one language: with a count, its plural form by Intl.PluralRules (else `_other`); else the key's. */
function find(language: Real, key: string, count: number | undefined): string | undefined {
  const form = count === undefined ? undefined : lookup(language, `${key}_${new Intl.PluralRules(language).select(count)}`);
  return form ?? lookup(language, `${key}_other`) ?? lookup(language, key);
}

function translate(language: Language, key: string, values: Values = {}): string {
  const from = source(language);
  const count = typeof values.count === "number" ? values.count : undefined;
  const own = find(from, key, count);
  const template = own ?? find("en", key, count);
  // Dev builds only (the statements are dropped from production builds): what a user would see as a bare key.
  if (import.meta.env.DEV && !own && values.defaultValue === undefined) {
    const parts = [...loaded[from]].join(", ");
    const shown = own === "" ? "" : template ? ", English shown" : ", the key shown";
    console.warn(`i18n: ${own === "" ? "an empty" : "no"} ${from} string for "${key}"${shown} (parts loaded: ${parts})`);
  }
  const text = (template ?? values.defaultValue ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    // Counts are numbers in the language's own notation (1,000 / 1.000).
    const value = name === "count" && count !== undefined ? new Intl.NumberFormat(from).format(count) : values[name];
    if (import.meta.env.DEV && value == null) console.warn(`i18n: "${key}" interpolates {{${name}}}, but no ${name} was given`);
    return String(value ?? "");
  });
  // Every string embedded right-to-left, so direction bugs show without an RTL translation.
  return language === PSEUDO_RTL ? `\u202B${text}\u202C` : text;
}

function applyDocumentLanguage(language: Language) {
  document.documentElement.lang = language === PSEUDO_RTL ? "en-XB" : language;
  document.documentElement.dir = language === PSEUDO_RTL ? "rtl" : "ltr";
}

/** The translator for the current language, whichever it is when it is called. */
const currentT: Translate = (key: string, values?: Values) => translate(current, key, values);

export const i18n = {
  get language(): Language {
    return current;
  },
  t: currentT,
  /** A translator fixed to one language (e-mails are shown in their own language). */
  getFixedT:
    (language: string): Translate =>
    (key: string, values?: Values) =>
      translate(toLanguage(language) ?? "en", key, values),
  /** Whether a key (or a plural key's forms) has a string in the current language or in English. */
  exists: (key: string): boolean => (find(source(current), key, undefined) ?? find("en", key, undefined)) !== undefined,
  /** Switches at once when the catalogue is loaded, else after loading it. */
  changeLanguage(language: Language): Promise<void> {
    const apply = () => {
      current = language;
      applyDocumentLanguage(language);
      notify();
    };
    if (isReady(language)) {
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

/** The translator for the current language; components re-render when it changes. */
export function useTranslation(): { t: Translate; i18n: typeof i18n } {
  // `version` changes with the language and with every part that arrives.
  useSyncExternalStore(version.subscribe, version.get);
  const language = current;
  return { t: (key: string, values?: Values) => translate(language, key, values), i18n };
}

/** Whether these languages' catalogues are loaded (and loads them): e-mails keep their own language. */
export function useLanguagesReady(languages: readonly string[]): boolean {
  const wanted = languages.map((l) => toLanguage(l) ?? "en");
  const ready = useSyncExternalStore(version.subscribe, () => wanted.every(isReady));
  useEffect(() => {
    for (const language of wanted) void loadLanguage(language);
  });
  return ready;
}
