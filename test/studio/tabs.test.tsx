// The studio's tabs follow the WAI-ARIA tabs pattern: one tab in the Tab order (roving tabindex), the arrow
// keys move and wrap (the other way round in right-to-left text), Home and End jump to the ends.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { PSEUDO_RTL, type Language } from "../../src/i18n";
import { renderApp } from "../support/render";

const NAMES = ["Why this?", "Tenant settings", "Invite", "Time & faults", "Share & data"];

async function openTabs(language?: Language) {
  const user = userEvent.setup();
  renderApp("/mailbox/alex@fabrikam.com", { language });
  await user.click(await screen.findByRole("button", { name: /Studio/ }));
  const tabs = await screen.findAllByRole("tab");
  expect(tabs.map((tab) => tab.textContent?.replace(/[\u202A-\u202E]/g, ""))).toEqual(NAMES);
  await user.click(tabs[0]!);
  return { user, tabs };
}

/** The selected tab has focus, is the only one in the Tab order, and labels the panel. */
function expectCurrent(tabs: HTMLElement[], index: number) {
  const current = tabs[index]!;
  expect(current).toHaveFocus();
  expect(current).toHaveAttribute("aria-selected", "true");
  expect(tabs.filter((tab) => tab.getAttribute("tabindex") === "0")).toEqual([current]);
  expect(tabs.filter((tab) => tab.getAttribute("aria-selected") === "true")).toEqual([current]);
  expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", current.id);
}

/** Presses each step's keys and expects the tab at its index to be the current one. */
async function walk(user: ReturnType<typeof userEvent.setup>, tabs: HTMLElement[], steps: Array<[keys: string, index: number]>) {
  for (const [keys, index] of steps) {
    await user.keyboard(keys);
    expectCurrent(tabs, index);
  }
}

afterEach(() => {
  document.body.removeAttribute("dir");
  document.documentElement.dir = "ltr";
});

describe("studio tabs", () => {
  it("studio: one tab is in the Tab order; Tab leaves the tab list", async () => {
    const { user, tabs } = await openTabs();
    expectCurrent(tabs, 0);
    await walk(user, tabs, [["{ArrowRight}{ArrowRight}", 2]]);
    await user.tab();
    expect(tabs).not.toContainEqual(document.activeElement);
    await user.tab({ shift: true });
    expectCurrent(tabs, 2);
  });

  it("studio: the arrow keys move to the neighbouring tab and wrap at both ends", async () => {
    const { user, tabs } = await openTabs();
    await walk(user, tabs, [
      ["{ArrowLeft}", 4],
      ["{ArrowRight}", 0],
      ["{ArrowRight}", 1],
      ["{ArrowLeft}", 0],
      ["{ArrowDown}{ArrowUp}", 0],
    ]);
  });

  it("studio: Home and End jump to the first and the last tab", async () => {
    const { user, tabs } = await openTabs();
    await walk(user, tabs, [
      ["{End}", 4],
      ["{ArrowLeft}{ArrowLeft}", 2],
      ["{Home}", 0],
      ["{End}{End}", 4],
    ]);
  });

  it("studio: in a right-to-left document the arrow keys flip", async () => {
    const { user, tabs } = await openTabs(PSEUDO_RTL);
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    await walk(user, tabs, [
      ["{ArrowLeft}", 1],
      ["{ArrowRight}{ArrowRight}", 4],
      ["{ArrowLeft}", 0],
      ["{End}{Home}", 0],
    ]);
  });

  it("studio: dir=rtl on an ancestor flips the arrow keys in a left-to-right document", async () => {
    const { user, tabs } = await openTabs();
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
    document.body.dir = "rtl";
    await walk(user, tabs, [
      ["{ArrowLeft}", 1],
      ["{ArrowRight}", 0],
    ]);
    document.body.removeAttribute("dir");
    await walk(user, tabs, [["{ArrowRight}", 1]]);
  });
});
