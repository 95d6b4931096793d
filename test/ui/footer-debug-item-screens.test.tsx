// Entra's footer "…" (addendum §13.4 `.ext-debug-item`, §14.1 rows 7 and 10; docs/decisions/0089): a button named
// "Click here for troubleshooting information" that shows and hides the troubleshooting details. On a page without
// an error they hold the page's ids; on Entra's error page the "…" opens the same region as "More details". By
// keyboard: Enter or Space opens, the focus goes to the details' heading, Escape closes and gives it back.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadScenario, redeemPath } from "../support/api";
import { openInvitation } from "../support/flow";
import { renderApp } from "../support/render";

const copy = {
  en: { heading: "Sign in", more: "Click here for troubleshooting information", details: "Troubleshooting details", next: "Next" },
  nl: {
    heading: "Aanmelden",
    more: "Klik hier voor informatie over probleemoplossing",
    details: "Details voor probleemoplossing",
    next: "Volgende",
  },
} as const;

describe("the footer's troubleshooting button", () => {
  it.each(["en", "nl"] as const)(
    "(%s) on the sign-in page: Enter opens the page's ids, Escape closes and returns the focus",
    async (language) => {
      const c = copy[language];
      loadScenario("work-account");
      const user = userEvent.setup();
      renderApp(redeemPath(), { language });
      await screen.findByRole("heading", { level: 1, name: c.heading });
      const footer = screen.getByRole("contentinfo");
      const button = within(footer).getByRole("button", { name: c.more });
      expect(button).toHaveAttribute("aria-expanded", "false");
      expect(screen.queryByRole("region", { name: c.details })).toBeNull();

      button.focus();
      await user.keyboard("{Enter}");
      const details = await screen.findByRole("region", { name: c.details });
      expect(button).toHaveAttribute("aria-expanded", "true");
      expect(button).toHaveAttribute("aria-controls", details.id);
      await waitFor(() => expect(document.activeElement).toBe(within(details).getByRole("heading", { name: c.details })));
      const text = details.textContent ?? "";
      expect(text).toMatch(language === "nl" ? /Aanvraag-id/ : /Request Id/);
      expect(text).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/);
      expect(text).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
      // No error here: no message line.
      expect(within(details).queryByText(language === "nl" ? "Bericht" : "Message")).toBeNull();

      await user.keyboard("{Escape}");
      expect(screen.queryByRole("region", { name: c.details })).toBeNull();
      expect(button).toHaveAttribute("aria-expanded", "false");
      expect(document.activeElement).toBe(button);

      // Space opens too; Close gives the focus back to the "…".
      await user.keyboard(" ");
      const again = await screen.findByRole("region", { name: c.details });
      await user.click(
        within(again).getByRole("button", {
          name: language === "nl" ? "Details voor probleemoplossing sluiten" : "Close troubleshooting details",
        }),
      );
      expect(document.activeElement).toBe(button);
    },
  );

  it.each(["en", "nl"] as const)("(%s) on Entra's error page the \"…\" opens the error's own details, once", async (language) => {
    const c = copy[language];
    loadScenario("app-not-assigned");
    const { user } = await openInvitation(undefined, { language });
    await user.click(await screen.findByRole("button", { name: c.next }));
    await screen.findByText((_, element) => element?.classList.contains("error-line") === true);
    const more = screen.getByRole("button", { name: language === "nl" ? "Meer details" : "More details" });
    const button = within(screen.getByRole("contentinfo")).getByRole("button", { name: c.more });
    await user.click(button);
    const regions = screen.getAllByRole("region", { name: c.details });
    expect(regions).toHaveLength(1);
    expect(within(regions[0]!).getByText("Contoso Projects")).toBeTruthy();
    expect(within(regions[0]!).getByText(language === "nl" ? "Bericht" : "Message")).toBeTruthy();
    expect(more).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveAttribute("aria-controls", regions[0]!.id);
    await user.keyboard("{Escape}");
    expect(more).toHaveAttribute("aria-expanded", "false");
    expect(document.activeElement).toBe(button);
    // "More details" opens the same region; closing returns the focus to it.
    await user.click(more);
    expect(button).toHaveAttribute("aria-expanded", "true");
    await user.click(
      within(regions[0]!).getByRole("button", {
        name: language === "nl" ? "Details voor probleemoplossing sluiten" : "Close troubleshooting details",
      }),
    );
    expect(document.activeElement).toBe(more);
  });
});
