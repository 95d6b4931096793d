// Each studio control in jsdom, by role and accessible name, against the fake world (msw/node).
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { beforeTelephonyRetires, graph, loadScenario } from "../support/api";
import { renderApp } from "../support/render";

async function openStudio(path: string, tab: string) {
  const user = userEvent.setup();
  const view = renderApp(path);
  await user.click(await screen.findByRole("button", { name: "Studio" }));
  await user.click(await screen.findByRole("tab", { name: tab }));
  const studio = screen.getByRole("complementary", { name: "Demo studio" });
  return { user, studio, ...view };
}

describe("studio", () => {
  it("studio: tabs move with the arrow keys", async () => {
    const { user } = await openStudio("/mailbox/alex@fabrikam.com", "Why this?");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Tenant settings" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tab", { name: "Tenant settings" })).toHaveFocus();
  });

  it("D3 §3.2 explains the rule and marks the current step in the flow", async () => {
    const invitation = world.read((s) => s.invitations[0]!);
    const user = userEvent.setup();
    renderApp(`/redeem?tenant=${invitation.tenantId}&user=${invitation.id}&ticket=${invitation.ticket}`);
    const guestPage = (await screen.findByRole("heading", { name: "Sign in" })).closest("section")!;
    expect(guestPage).not.toHaveTextContent(/work or school account in a Microsoft Entra organization/); // the explain panel's to say
    await user.click(screen.getByRole("button", { name: "Studio" }));
    const studio = await screen.findByRole("complementary", { name: "Demo studio" });
    expect(await within(studio).findByText(/Rule D3 \(spec §3.2\): alex@fabrikam.com is a work or school account/)).toBeTruthy();
    expect(within(studio).getByText("Managed work account exists").nextSibling).toHaveTextContent("Yes");
    const current = studio.querySelector('[aria-current="step"]');
    expect(current).toHaveTextContent("Sign in at the identity provider");
  });

  it("S26 §5.1 on Review permissions, the explain panel lists the data the documentation names, with the guest's values", async () => {
    const invitation = world.read((s) => s.invitations[0]!);
    const user = userEvent.setup();
    renderApp(`/redeem?tenant=${invitation.tenantId}&user=${invitation.id}&ticket=${invitation.ticket}`);
    await user.click(await screen.findByRole("button", { name: "Next" }));
    await screen.findByRole("heading", { name: "Permissions requested by:" });
    await user.click(screen.getByRole("button", { name: "Studio" }));
    const studio = await screen.findByRole("complementary", { name: "Demo studio" });
    await within(studio).findByRole("heading", { name: /What accepting shares/ });
    expect(within(studio).getByText("Name").nextSibling).toHaveTextContent("Alex Wilber");
    expect(within(studio).getByText("E-mail address").nextSibling).toHaveTextContent("alex@fabrikam.com");
    expect(within(studio).getByText(/^Directory identifiers/).nextSibling).toHaveTextContent(/^[0-9a-f-]{36}, [0-9a-f-]{36}$/);
  });

  it("A08 saves tenant settings into the world and resets them to the scenario's", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Tenant settings");
    await user.click(await within(studio).findByLabelText("Require MFA for guests"));
    await user.clear(within(studio).getByLabelText("Organization name"));
    await user.type(within(studio).getByLabelText("Organization name"), "Contoso Ltd");
    await user.click(within(studio).getByRole("button", { name: "Save settings" }));
    await within(studio).findByText("Saved.");
    expect(world.read((s) => s.tenants[0]!.policies.mfaRequiredForGuests)).toBe(true);
    expect(world.read((s) => s.tenants[0]!.name)).toBe("Contoso Ltd");
    await user.click(within(studio).getByRole("button", { name: "Reset to the scenario's defaults" }));
    await waitFor(() => expect(world.read((s) => s.tenants[0]!.policies.mfaRequiredForGuests)).toBe(false));
  });

  it("A08 D11 §3.2 refuses settings that switch off both fallbacks, saving nothing and keeping what was ticked", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Tenant settings");
    const otp = await within(studio).findByLabelText("Email one-time passcode");
    const msa = within(studio).getByLabelText("Allow personal Microsoft accounts as fallback");
    await user.click(otp);
    await user.click(msa);
    await user.click(within(studio).getByRole("button", { name: "Save settings" }));
    expect(await within(studio).findByRole("alert")).toHaveTextContent("Keep at least one fallback");
    expect(otp).not.toBeChecked();
    expect(msa).not.toBeChecked();
    expect(world.read((s) => [s.tenants[0]!.policies.emailOtpEnabled, s.tenants[0]!.policies.msaFallbackEnabled])).toEqual([true, true]);
  });

  it("A08 §14.2 switches the admin consent workflow on with its expiry; a wrong number keeps what was typed", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Tenant settings");
    const workflow = await within(studio).findByLabelText("Users can request admin consent to apps they are unable to consent to");
    const expiry = within(studio).getByLabelText("Consent request expires after (days)");
    expect(workflow).not.toBeChecked();
    expect(expiry).toHaveValue("30");
    expect(expiry).toHaveAccessibleDescription(/1 to 365 days/);
    await user.click(workflow);
    await user.clear(expiry);
    await user.type(expiry, "400");
    await user.click(within(studio).getByRole("button", { name: "Save settings" }));
    expect(await within(studio).findByRole("alert")).toHaveTextContent("consentRequestExpiryDays");
    expect(expiry).toHaveValue("400");
    expect(expiry).toHaveAttribute("aria-invalid", "true");
    expect(world.read((s) => s.tenants[0]!.policies.adminConsentRequests)).toBe(false);
    await user.clear(expiry);
    await user.type(expiry, "7");
    await user.click(within(studio).getByRole("button", { name: "Save settings" }));
    await within(studio).findByText("Saved.");
    expect(world.read((s) => [s.tenants[0]!.policies.adminConsentRequests, s.tenants[0]!.policies.consentRequestExpiryDays])).toEqual([
      true,
      7,
    ]);
  });

  it("A07 refuses a non-https privacy URL at save", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Tenant settings");
    const url = await within(studio).findByLabelText("Privacy statement URL (https)");
    await user.clear(url);
    await user.type(url, "javascript:alert(1)");
    await user.click(within(studio).getByRole("button", { name: "Save settings" }));
    expect(await within(studio).findByRole("alert")).toHaveTextContent("privacyStatementUrl");
    expect(url).toHaveValue("javascript:alert(1)");
  });

  it("A09 time travel moves the fake clock", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Time & faults");
    await user.click(await within(studio).findByRole("button", { name: /\+24 hours/ }));
    await waitFor(() => expect(world.read((s) => s.clockOffsetMs)).toBe(24 * 3600_000));
  });

  it("A09 §12.8 time travel jumps to the day Microsoft SMS and voice retire, then offers that jump no more", async () => {
    await beforeTelephonyRetires();
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Time & faults");
    await user.click(await within(studio).findByRole("button", { name: /Microsoft SMS and voice retired/ }));
    await waitFor(() => expect(within(studio).queryByRole("button", { name: /Microsoft SMS and voice retired/ })).toBeNull());
    const now = Date.now() + world.read((s) => s.clockOffsetMs);
    expect(now).toBeGreaterThanOrEqual(Date.parse("2027-02-01T00:00:00.000Z"));
    expect(now - Date.parse("2027-02-01T00:00:00.000Z")).toBeLessThan(5 * 60_000);
  });

  it("studio: applies and clears faults", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Time & faults");
    await user.selectOptions(await within(studio).findByLabelText("Fail one endpoint"), "mailbox");
    await user.click(within(studio).getByRole("button", { name: "Apply faults" }));
    await waitFor(() => expect(world.read((s) => s.faults.failingEndpoint)).toBe("mailbox"));
    await user.click(await within(studio).findByRole("button", { name: "No faults" }));
    await waitFor(() => expect(world.read((s) => s.faults.failingEndpoint)).toBeUndefined());
  });

  it("A09 §7 throttles Graph from the studio: 429 with its Retry-After for the next N requests, then Graph answers again", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Time & faults");
    await user.selectOptions(await within(studio).findByLabelText("Fail one endpoint"), "graph");
    await user.selectOptions(within(studio).getByLabelText("Answer failures with"), "429");
    await user.type(within(studio).getByLabelText("Retry-After (seconds)"), "7");
    await user.type(within(studio).getByLabelText(/^Fail only the next N requests/), "2");
    await user.click(within(studio).getByRole("button", { name: "Apply faults" }));
    await waitFor(() =>
      expect(world.read((s) => s.faults)).toMatchObject({ failingEndpoint: "graph", failStatus: 429, retryAfterSeconds: 7, failCount: 2 }),
    );
    const answers = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await graph("/users?$select=id");
      answers.push([response.status, response.headers.get("Retry-After")]);
    }
    expect(answers).toEqual([
      [429, "7"],
      [429, "7"],
      [200, null],
    ]);
  });

  it("A01 invites someone from the composer", async () => {
    const { user, studio } = await openStudio("/mailbox/alex@fabrikam.com", "Invite");
    await user.type(await within(studio).findByLabelText("E-mail address"), "kai@northwind.example");
    await user.click(within(studio).getByRole("button", { name: "Invite" }));
    expect(await within(studio).findByText("Invitation created for kai@northwind.example.")).toBeTruthy();
    expect(world.read((s) => s.mail.some((m) => m.to === "kai@northwind.example"))).toBe(true);
    // Typing the next invitation clears the message about the last one: it would be stale.
    await user.type(within(studio).getByLabelText("Display name"), "Kai");
    expect(within(studio).queryByText("Invitation created for kai@northwind.example.")).toBeNull();
  });

  it("studio: builds a share link and resets all data", async () => {
    loadScenario("email-passcode");
    const { user, studio } = await openStudio("/mailbox/lee@yahoo.com", "Share & data");
    await user.selectOptions(await within(studio).findByLabelText("Scenario"), "saml-partner");
    await user.selectOptions(within(studio).getByLabelText("Language"), "nl");
    await user.selectOptions(within(studio).getByLabelText("Start at"), "consent");
    // The company branding travels by default (decision 0090); without it the link is just the scenario's.
    await waitFor(() => expect((within(studio).getByLabelText("Share link") as HTMLInputElement).value).toContain("&branding="));
    await user.click(within(studio).getByRole("checkbox", { name: /With the company branding/ }));
    expect(within(studio).getByLabelText("Share link")).toHaveValue("http://localhost:3000/?scenario=saml-partner&lang=nl&step=consent");
    await user.click(within(studio).getByRole("button", { name: "Reset all data" }));
    await waitFor(() => expect(world.read((s) => s.scenarioId)).toBe("work-account"));
  });
});
