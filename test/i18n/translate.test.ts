// The translator: typed keys (the @ts-expect-error lines fail `tsc` when a wrong key stops being an error),
// plural forms by Intl.PluralRules with counts by Intl.NumberFormat, and dev-only warnings for what a user
// would otherwise see as a bare key or a hole in a sentence.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../src/api/client";
import { i18n, loadLanguage, loadStrings } from "../../src/i18n";
import { fieldErrorMessage } from "../../src/ui/fieldError";

const en = i18n.getFixedT("en");
const nl = i18n.getFixedT("nl");
const ready = async () => {
  await loadStrings("screens", "demo", "studio");
  await loadLanguage("nl");
};

/** Data: typed `string`, as the API's error codes and rule IDs are. */
const name = (value: string) => value;
const wrong = (attemptsLeft: string) => new ApiError("PasscodeIncorrect", 400, "Wrong code.", { attemptsLeft });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("typed keys", () => {
  it("infra: a mistyped key, a group instead of a string, a plural form's own key, a plural key without a count and a data-named key outside its group fail the typecheck", async () => {
    await ready();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    // @ts-expect-error a mistyped key
    expect(en("app.tilte")).toBe("app.tilte");
    // @ts-expect-error a group of strings, not a string
    expect(en("errors.NotFound")).toBe("errors.NotFound");
    // @ts-expect-error a plural form is asked for by its key and a count
    expect(en("passcode.attemptsLeft_one", { count: 1 })).toBe("1 attempt left before sign-in is locked for a while.");
    // @ts-expect-error a plural key needs a count
    expect(en("passcode.attemptsLeft")).toBe(" attempts left before sign-in is locked for a while.");
    const rule = name("D3");
    // @ts-expect-error a key named by data must be inside the group it names
    expect(en<"discovery">(`discovry.${rule}`)).toBe("discovry.D3");
    // @ts-expect-error the group must be a group of the catalogue
    expect(en<"discovry">(`discovery.${rule}`, { email: "a@b.example" })).toMatch(/^a@b\.example is a work or school account/);
    // @ts-expect-error a key named by data names its group
    expect(en(`discovery.${rule}`, { email: "a@b.example" })).toBe(
      "a@b.example is a work or school account in a Microsoft Entra organization, so you sign in there.",
    );
    expect(en("app.fakeTime", { time: "10:00" })).toBe("Fake time: 10:00");
  });

  it("infra: a key named by data (t<group>) is found when the catalogue has it, else falls back as any missing key", async () => {
    await ready();
    expect(en<"discovery">(`discovery.${name("D7")}`)).toBe("You have a personal Microsoft account.");
    expect(en<"errors">(`errors.${name("NotFound")}.title`)).toBe("This page doesn't exist");
    expect(en<"errors">(`errors.${name("NoSuchCode")}.title`, { defaultValue: "" })).toBe("");
    expect(i18n.exists(`errors.${name("NoSuchCode")}.title`)).toBe(false);
    expect(i18n.exists("passcode.attemptsLeft")).toBe(true); // a plural key exists by its forms
  });
});

describe("plurals and counts", () => {
  it("S23 §4.5 says how many attempts are left in the singular and the plural, in English and Dutch", async () => {
    await ready();
    expect(en("passcode.attemptsLeft", { count: 1 })).toBe("1 attempt left before sign-in is locked for a while.");
    expect(en("passcode.attemptsLeft", { count: 2 })).toBe("2 attempts left before sign-in is locked for a while.");
    expect(en("passcode.attemptsLeft", { count: 0 })).toBe("0 attempts left before sign-in is locked for a while.");
    expect(nl("passcode.attemptsLeft", { count: 1 })).toBe("Nog 1 poging voordat aanmelden een tijdje wordt geblokkeerd.");
    expect(nl("passcode.attemptsLeft", { count: 3 })).toBe("Nog 3 pogingen voordat aanmelden een tijdje wordt geblokkeerd.");
  });

  it("S23 §4.5 counts the seconds until a new code, the code's minutes and its digits", async () => {
    await ready();
    expect(en("passcode.resendIn", { count: 1 })).toBe("You can ask for a new code in 1 second.");
    expect(en("passcode.resendIn", { count: 2 })).toBe("You can ask for a new code in 2 seconds.");
    expect(nl("passcode.resendIn", { count: 1 })).toBe("Je kunt over 1 seconde een nieuwe code aanvragen.");
    expect(nl("passcode.resendIn", { count: 2 })).toBe("Je kunt over 2 seconden een nieuwe code aanvragen.");
    expect(en("passcode.enterBody", { email: "a@b.example", count: 1 })).toBe("We sent a code to a@b.example. It's valid for 1 minute.");
    expect(nl("passcode.enterBody", { email: "a@b.example", count: 30 })).toBe(
      "We hebben een code naar a@b.example verzonden. Deze is 30 minuten geldig.",
    );
    expect(en("passcode.codeHelp", { count: 8 })).toBe("8 digits. Pasting with spaces is fine.");
    expect(en("codeEmail.passcodeExpiry", { count: 1 })).toBe("This code expires in 1 minute.");
    expect(nl("codeEmail.passcodeExpiry", { count: 1 })).toBe("Deze code verloopt over 1 minuut.");
  });

  it("S23 §4.5 a wrong code's message counts the API's attemptsLeft detail: 1 attempt left, nog 1 poging", async () => {
    await ready();
    expect(fieldErrorMessage(en, "en", wrong("1"))).toBe("That code isn't right. 1 attempt left.");
    expect(fieldErrorMessage(en, "en", wrong("4"))).toBe("That code isn't right. 4 attempts left.");
    expect(fieldErrorMessage(nl, "nl", wrong("1"))).toBe("Die code klopt niet. Nog 1 poging over.");
    expect(fieldErrorMessage(nl, "nl", wrong("2"))).toBe("Die code klopt niet. Nog 2 pogingen over.");
    const tooSoon = new ApiError("PasscodeResendTooSoon", 429, "Too soon.", { retryAfterSeconds: "1" });
    expect(fieldErrorMessage(en, "en", tooSoon)).toBe("Wait 1 second before asking for a new code.");
    expect(fieldErrorMessage(en, "en", new ApiError("SomethingElse", 400, "No field."))).toBeUndefined();
  });

  it("S34 S35 §5.5 counts the days until a left guest is deleted", async () => {
    await ready();
    expect(en("myAccount.confirmBody", { org: "Contoso", count: 30 })).toContain("deleted after 30 days;");
    expect(en("myAccount.confirmBody", { org: "Contoso", count: 1 })).toContain("deleted after 1 day;");
    expect(nl("myAccount.confirmBody", { org: "Contoso", count: 1 })).toContain("na 1 dag verwijderd");
  });

  it("infra: a count is written in its language's notation (Intl.NumberFormat); the plural form follows Intl.PluralRules", async () => {
    await ready();
    expect(en("passcode.resendIn", { count: 1500 })).toBe("You can ask for a new code in 1,500 seconds.");
    expect(nl("passcode.resendIn", { count: 1500 })).toBe("Je kunt over 1.500 seconden een nieuwe code aanvragen.");
    expect(en("passcode.resendIn", { count: 1.5 })).toBe("You can ask for a new code in 1.5 seconds.");
    expect(nl("passcode.resendIn", { count: 1.5 })).toBe("Je kunt over 1,5 seconden een nieuwe code aanvragen.");
  });
});

describe("dev warnings", () => {
  it("infra: a missing key and a missing value warn in dev builds; a default value is not a missing key", async () => {
    await ready();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // @ts-expect-error a key that does not exist
    expect(en("consent.noSuchKey")).toBe("consent.noSuchKey");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/no en string for "consent\.noSuchKey"/);

    expect(en("app.fakeTime", {})).toBe("Fake time: ");
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]![0]).toMatch(/"app\.fakeTime" interpolates \{\{time\}\}, but no time was given/);

    expect(en<"fieldErrors">(`fieldErrors.${name("NoSuchCode")}`, { defaultValue: "" })).toBe("");
    expect(en("app.fakeTime", { time: "10:00" })).toBe("Fake time: 10:00");
    expect(nl("app.fakeTime", { time: "10:00" })).toBe("Neptijd: 10:00");
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("infra: production builds do not warn", async () => {
    await ready();
    vi.stubEnv("DEV", false);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // @ts-expect-error a key that does not exist
    expect(en("consent.noSuchKey")).toBe("consent.noSuchKey");
    expect(en("app.fakeTime", {})).toBe("Fake time: ");
    expect(warn).not.toHaveBeenCalled();
  });
});
