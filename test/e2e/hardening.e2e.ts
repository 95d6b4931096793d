// Hardening proofs in Chromium (issue "speed and hardening"): injected markup stays inert, stored unsafe
// redirects are never followed, two tabs redeem once, and unusable stored state is recovered with a message.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  acceptAndLand,
  baseUrl,
  graphFromPage,
  inviteFromPage,
  registerJourneys,
  signInAs,
  signInAsAlex,
  signInWithSession,
  storedWorld,
  writeStoredWorld,
} from "../support/e2e";

const journeys = registerJourneys();

const PAYLOAD = `<img src=x onerror="window.injected=1"><script>window.injected=1</script><a href="javascript:window.injected=1">link</a>`;

async function noInjectedCode(page: Page) {
  const ran = await page.evaluate(() => (window as unknown as { injected?: number }).injected);
  expect(ran, `script ran on ${page.url()}`).toBeUndefined();
  await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
  await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
}

describe("XSS", () => {
  it("S02 §4.0 HTML in the message, display name and organisation name renders as inert text everywhere", async () => {
    const page = await journeys.begin("work-account");
    await page.evaluate(async (payload) => {
      const settings = await (await fetch("/api/demo/settings")).json();
      await fetch("/api/demo/settings", {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...settings, brandingName: `Contoso ${payload}`.slice(0, 64) }),
      });
    }, PAYLOAD);
    await inviteFromPage(page, {
      invitedUserEmailAddress: "alex@fabrikam.com",
      invitedUserDisplayName: PAYLOAD,
      inviteRedirectUrl: "https://myapps.microsoft.com",
      sendInvitationMessage: true,
      invitedUserMessageInfo: { customizedMessageBody: PAYLOAD },
    });
    await page.reload();
    await page
      .getByRole("link", { name: /invited you/ })
      .first()
      .click();
    await page
      .getByText(/onerror/)
      .first()
      .waitFor();
    await noInjectedCode(page);
    await page.getByRole("link", { name: "Accept invitation" }).click();
    await noInjectedCode(page);
    await signInAs(page, "alex@fabrikam.com");
    await page.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
    await noInjectedCode(page);
  });
});

describe("open redirect", () => {
  it("S30 §5.4 never follows a stored javascript: redirect, and names an https one before leaving", async () => {
    const page = await journeys.open("/?scenario=work-account&step=consent");
    await page.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
    const state = await storedWorld(page);
    state.invitations[0].inviteRedirectUrl = "javascript:window.injected=1";
    await writeStoredWorld(page, JSON.stringify(state));
    await page.getByRole("button", { name: "Accept" }).click();
    await page.getByRole("heading", { name: "This redirect was refused" }).waitFor();
    await noInjectedCode(page);

    await page.goto(`${baseUrl()}/?scenario=work-account&step=consent`);
    await page.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
    const next = await storedWorld(page);
    next.invitations[0].inviteRedirectUrl = "https://portal.contoso.example/projects";
    await writeStoredWorld(page, JSON.stringify(next));
    await page.getByRole("button", { name: "Accept" }).click();
    await page.getByRole("heading", { name: "You're leaving the simulator" }).waitFor();
    await page.getByText("The invitation sends you to https://portal.contoso.example/projects.").waitFor();
    expect(page.url()).toContain("/leaving?session=");
  });
});

describe("races and reloads", () => {
  it("hardening: two tabs redeeming the same invitation redeem it once; the second sees the true state", async () => {
    const first = await journeys.open("/?scenario=work-account&step=consent");
    await first.getByRole("heading", { name: "Permissions requested by:" }).waitFor();
    const second = await journeys.current.context.newPage();
    await second.goto(`${baseUrl()}/mailbox`);
    await second.getByRole("link", { name: /invited you/ }).click();
    await second.getByRole("link", { name: "Accept invitation" }).click();
    await signInAs(second, "alex@fabrikam.com");
    await second.getByRole("heading", { name: "Permissions requested by:" }).waitFor();

    await first.getByRole("button", { name: "Accept" }).click();
    await first.getByRole("heading", { name: "There are no apps to show" }).waitFor();
    await second.getByRole("button", { name: "Accept" }).click();
    await second.getByRole("heading", { name: "There are no apps to show" }).waitFor();

    const state = await storedWorld(first);
    expect(state.users[0].externalUserState).toBe("Accepted");
    expect(state.users[0].identities.filter((i: { signInType: string }) => i.signInType === "federated")).toHaveLength(1);
  });

  it("hardening: three tabs inviting at once keep every invitation (one world across tabs, no lost update)", async () => {
    const first = await journeys.begin("work-account");
    const tabs = [first, await journeys.current.context.newPage(), await journeys.current.context.newPage()];
    // Each tab runs its own fake world once its page has loaded (the mailbox's heading needs its answer).
    await Promise.all(
      tabs.slice(1).map(async (tab) => {
        await tab.goto(`${baseUrl()}/mailbox/alex@fabrikam.com`);
        await tab.getByRole("heading", { name: /^Mailbox of/ }).waitFor();
      }),
    );
    const before = ((await graphFromPage(first, "/users")).body as { value: unknown[] }).value.length;
    const invite = (tab: (typeof tabs)[number], n: number) =>
      inviteFromPage(tab, {
        invitedUserEmailAddress: `guest${n}@tabs.example`,
        inviteRedirectUrl: "https://myapps.microsoft.com",
        sendInvitationMessage: false,
      });
    const answers = await Promise.all(tabs.flatMap((tab, t) => [0, 1, 2, 3, 4].map((i) => invite(tab, t * 5 + i))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(15).fill(201));
    const after = ((await graphFromPage(first, "/users")).body as { value: unknown[] }).value.length;
    expect(after - before).toBe(15);
  });

  it("hardening: the back button after redemption shows the invitation as it now is", async () => {
    const page = await journeys.begin("work-account");
    await signInAsAlex(page);
    await acceptAndLand(page);
    // The redeem link replaced itself with the sign-in page, and every step replaced the one before: Back is the e-mail.
    await page.goBack();
    await page.getByRole("link", { name: "Accept invitation" }).click();
    // Opened again it shows the invitation as it now is: redeemed, so sign-in leads straight to My Apps, no second consent.
    await signInWithSession(page);
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
    await expect(page.getByRole("heading", { name: "Permissions requested by:" }).count()).resolves.toBe(0);
  });

  it("hardening: unreadable or older stored state is replaced, with a message", async () => {
    const page = await journeys.begin("work-account");
    await writeStoredWorld(page, "{not json");
    await page.reload();
    await page.getByText(/could not be used \(it was unreadable\)/).waitFor();
    await page.getByRole("heading", { name: /^Mailbox of/ }).waitFor();
    await writeStoredWorld(page, JSON.stringify({ version: 1, tenants: [] }));
    await page.reload();
    await page.getByText(/it was saved by an older version/).waitFor();
  });

  it("hardening: a stored value out of range or one encodeURIComponent refuses is recovered with the message; the mailbox renders", async () => {
    const page = await journeys.begin("work-account");
    const state = await storedWorld(page);
    state.guestEmail = "alex\ud800@fabrikam.com";
    await writeStoredWorld(page, JSON.stringify(state));
    await page.goto(`${baseUrl()}/mailbox`);
    await page.getByText(/could not be used \(it was unreadable\)/).waitFor();
    await page.getByRole("heading", { name: "Mailbox of alex@fabrikam.com" }).waitFor();

    const next = await storedWorld(page);
    next.faults.failureRate = 2;
    next.tenants[0].name = "C".repeat(65);
    await writeStoredWorld(page, JSON.stringify(next));
    await page.reload();
    await page.getByText(/could not be used \(it was unreadable\)/).waitFor();
    expect((await storedWorld(page)).tenants[0].name).toBe("Contoso");
  });

  it("hardening: Reset all data in the studio works on a stored world out of range", async () => {
    const page = await journeys.begin("work-account");
    await page.getByRole("heading", { name: /^Mailbox of/ }).waitFor();
    await page.getByRole("button", { name: "Studio" }).click();
    await page.getByRole("tab", { name: "Share & data" }).click();
    const state = await storedWorld(page);
    state.clockOffsetMs = 1e300;
    await writeStoredWorld(page, JSON.stringify(state));
    await page.getByRole("button", { name: "Reset all data" }).click();
    await page.getByText("All data was reset to the default scenario.").waitFor();
    expect((await storedWorld(page)).clockOffsetMs).toBe(0);
  });
});
