// Company branding set live in the studio, by keyboard only (issue 12 §2, addendum §13.1): the presenter opens the
// studio on the guest's sign-in page, types a sign-in page text and a page background colour into the branding
// editor, saves, and the guest's page shows both at once. English and Dutch; axe on every state.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, registerJourneys } from "../support/e2e";

const journeys = registerJourneys();

/** Tab (never Shift+Tab) until the focused control's accessible name or label matches. */
async function tabTo(page: Page, name: string | RegExp, limit = 250) {
  const matches = (text: string) => (typeof name === "string" ? text === name : name.test(text));
  for (let presses = 0; presses <= limit; presses += 1) {
    if (presses > 0) await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element || element === document.body || /^H[1-6]$/.test(element.tagName)) return undefined;
      return (element.getAttribute("aria-label") ?? element.labels?.[0]?.innerText ?? element.innerText ?? "").trim();
    });
    if (focused !== undefined && matches(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

const copy = {
  en: {
    signIn: "Sign in",
    why: "Why this?",
    settings: "Tenant settings",
    text: "Sign-in page text",
    colour: "Page background colour",
    save: "Save branding",
    saved: "Saved.",
  },
  nl: {
    signIn: "Aanmelden",
    why: "Waarom dit?",
    settings: "Tenantinstellingen",
    text: "Tekst op de aanmeldpagina",
    colour: "Achtergrondkleur van de pagina",
    save: "Huisstijl opslaan",
    saved: "Opgeslagen.",
  },
} as const;

describe("company branding by keyboard", () => {
  it.each(["en", "nl"] as const)(
    "§13.1 (%s) a sign-in page text and a background colour typed in the studio show on the guest's sign-in page",
    async (lang) => {
      const c = copy[lang];
      const page = await journeys.open(`/?scenario=work-account&lang=${lang}&step=sign-in`);
      await page.getByRole("heading", { level: 1, name: c.signIn }).waitFor({ timeout: 20_000 });
      await expectNoAxeViolations(page);

      await tabTo(page, "Studio");
      await page.keyboard.press("Enter");
      await tabTo(page, c.why);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(c.settings);
      await tabTo(page, c.text);
      await page.keyboard.type("Guests of **Contoso**: use your own work address.");
      await tabTo(page, c.colour);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("#2f4858");
      await tabTo(page, c.save);
      await page.keyboard.press("Enter");
      await page.getByRole("status").filter({ hasText: c.saved }).first().waitFor();
      await expectNoAxeViolations(page);

      // The guest's page under the studio, at once: the text at the bottom of the box, the colour behind it.
      const text = page.locator(".ext-sign-in-box .ext-boilerplate-text");
      await text.waitFor();
      await expect(text.innerText()).resolves.toBe("Guests of Contoso: use your own work address.");
      await expect(text.locator("strong").innerText()).resolves.toBe("Contoso");
      await expect(page.locator(".entra-page").evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe("rgb(47, 72, 88)");
      await expect(page.getByRole("heading", { level: 1, name: c.signIn }).isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
    },
  );
});

describe("Entra's footer on the sign-in page", () => {
  it.each(["en", "nl"] as const)(
    "§13.4 §14.1 (%s) the '…' by keyboard opens and closes the troubleshooting details; a phone's footer wraps",
    async (lang) => {
      const c = copy[lang];
      const page = await journeys.open(`/?scenario=work-account&lang=${lang}&step=sign-in`);
      await page.getByRole("heading", { level: 1, name: c.signIn }).waitFor({ timeout: 20_000 });
      const more = lang === "nl" ? "Klik hier voor informatie over probleemoplossing" : "Click here for troubleshooting information";
      const details = lang === "nl" ? "Details voor probleemoplossing" : "Troubleshooting details";
      await tabTo(page, more);
      await page.keyboard.press("Enter");
      const region = page.getByRole("region", { name: details });
      await region.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
      await expectNoAxeViolations(page);
      await page.keyboard.press("Escape");
      await region.waitFor({ state: "detached" });
      await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe(more);

      // A tenant's long footer texts (256 characters at most, addendum §13.1) on a 390 px phone: no sideways scrolling.
      const status = await page.evaluate(async () => {
        const all = (await (await fetch("/api/demo/branding")).json()) as Array<{ tenantId: string; name: string; branding: object }>;
        const contoso = all.find((t) => t.name === "Contoso")!;
        const response = await fetch(`/api/demo/branding/${contoso.tenantId}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            ...contoso.branding,
            customPrivacyAndCookiesText: "Contoso's privacy statement for guests and partners of the Contoso group",
            customTermsOfUseText: "Contoso's terms of use for guest access to Contoso's applications and data",
          }),
        });
        return response.status;
      });
      expect(status).toBe(200);
      // The fake world keeps it; the page shows it when loaded again.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.getByRole("link", { name: /Contoso's privacy statement/ }).waitFor();
      await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).resolves.toBe(
        true,
      );
      const footer = await page.locator(".entra-footer").boundingBox();
      expect(footer!.x + footer!.width).toBeLessThanOrEqual(390);
      await expectNoAxeViolations(page);
    },
  );
});
