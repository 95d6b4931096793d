// The catalogues themselves: every counted string has the plural forms its language needs, Dutch has exactly
// the English keys with the same placeholders, and the parts of a language merge without losing a string.
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { enDemo } from "../../src/i18n/en-demo";
import { enScreens } from "../../src/i18n/en-screens";
import { enStudio } from "../../src/i18n/en-studio";
import { merge, type Catalog } from "../../src/i18n";
import { nl } from "../../src/i18n/nl";
import { nlDemo } from "../../src/i18n/nl-demo";
import { nlScreens } from "../../src/i18n/nl-screens";
import { nlStudio } from "../../src/i18n/nl-studio";

const PARTS: Record<"en" | "nl", Record<string, Catalog>> = {
  en: { core: en, screens: enScreens, demo: enDemo, studio: enStudio },
  nl: { core: nl, screens: nlScreens, demo: nlDemo, studio: nlStudio },
};
const LANGUAGES = ["en", "nl"] as const;

/** Every string of a catalogue by its dotted path. */
function leaves(catalog: Catalog, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(catalog)) {
    if (typeof value === "string") found.set(`${prefix}${name}`, value);
    else for (const [path, text] of leaves(value, `${prefix}${name}.`)) found.set(path, text);
  }
  return found;
}
const strings = (language: "en" | "nl") => new Map(Object.values(PARTS[language]).flatMap((part) => [...leaves(part)]));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).toSorted();

describe("catalogues", () => {
  it("infra: every string that interpolates {{count}} is a plural form, and its key has every form its language needs, in en and nl", () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      const all = strings(language);
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      expect(categories).toEqual(expect.arrayContaining(["one", "other"]));
      for (const [path, text] of all) {
        if (!placeholders(text).includes("count")) continue;
        const base = /^(.*)_(zero|one|two|few|many|other)$/.exec(path)?.[1];
        if (!base) {
          problems.push(`${language} ${path}: interpolates {{count}} but is not a plural form (${path}_one, ${path}_other)`);
          continue;
        }
        for (const category of categories) {
          if (!all.has(`${base}_${category}`)) problems.push(`${language} ${base}: no _${category} form`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("infra: a number followed by a counted noun is always the {{count}} of a plural string", () => {
    // "{{minutes}} minutes" reads "1 minutes": such a number must be the count, so it gets its plural forms.
    const counted =
      /\{\{(\w+)\}\}[ -](seconds?|minutes?|hours?|days?|attempts?|digits?|codes?|messages?|seconden?|minuut|minuten|uur|uren|dagen|dag|pogingen|poging|cijfers?|berichten|bericht)\b/;
    const problems = LANGUAGES.flatMap((language) =>
      [...strings(language)].flatMap(([path, text]) => {
        const match = counted.exec(text);
        return match && match[1] !== "count" ? [`${language} ${path}: {{${match[1]}}} ${match[2]}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("infra: each Dutch part has exactly its English part's keys, each string with the same placeholders", () => {
    for (const part of Object.keys(PARTS.en)) {
      const english = leaves(PARTS.en[part]!);
      const dutch = leaves(PARTS.nl[part]!);
      expect([...dutch.keys()].toSorted(), part).toEqual([...english.keys()].toSorted());
      const differing = [...english].filter(([path, text]) => placeholders(text).join() !== placeholders(dutch.get(path) ?? "").join());
      expect(
        differing.map(([path]) => path),
        part,
      ).toEqual([]);
    }
  });

  it("infra: the parts of a language merge into one catalogue without losing a string", () => {
    for (const language of LANGUAGES) {
      const merged = Object.values(PARTS[language]).reduce((into, part) => merge(into, part), {});
      expect(leaves(merged)).toEqual(strings(language));
    }
  });

  it("infra: parts that fill the same group merge group by group, without changing the parts", () => {
    const core: Catalog = { errors: { heading: "Something went wrong", NotFound: { title: "Not found" } } };
    const later: Catalog = { errors: { NotFound: { body: "Check the address." }, Extra: { title: "Extra" } }, more: "More" };
    const merged = merge(merge({}, core), later);
    expect(merged).toEqual({
      errors: { heading: "Something went wrong", NotFound: { title: "Not found", body: "Check the address." }, Extra: { title: "Extra" } },
      more: "More",
    });
    expect(core).toEqual({ errors: { heading: "Something went wrong", NotFound: { title: "Not found" } } });
  });
});
