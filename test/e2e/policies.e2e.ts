// Policies, admin actions and every error, in real Chromium (spec §5.2–5.5, §6, §8).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  acceptAndLand,
  acceptConsent,
  baseUrl,
  continueFromEmail,
  expectNoAxeViolations,
  inviteFromPage,
  readCode,
  registerJourneys,
  signInAs,
  signInAsAlex,
  signInWithSession,
  storedWorld,
} from "../support/e2e";

const journeys = registerJourneys();

describe("terms of use", () => {
  it("S27 §5.2 must be opened before Accept; accepted once, not shown again", async () => {
    const page = await journeys.begin("terms-of-use");
    await signInAsAlex(page);
    await acceptConsent(page);
    await page.getByRole("heading", { name: "Terms of use" }).waitFor();
    const accept = page.getByRole("button", { name: "Accept" });
    await expect(accept.isDisabled()).resolves.toBe(true);
    await page.getByText("Open “Contoso guest access terms”").click();
    await expect.poll(() => accept.isEnabled()).toBe(true);
    await expectNoAxeViolations(page);
    await accept.click();
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
    await page.goto(`${baseUrl()}/mailbox`);
    await continueFromEmail(page);
    await signInWithSession(page);
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
  });

  it("S28 §5.2 Decline blocks, and signing in again asks again", async () => {
    const page = await journeys.begin("terms-of-use");
    await signInAsAlex(page);
    await acceptConsent(page);
    await page.getByRole("button", { name: "Decline" }).click();
    await page.getByRole("heading", { name: "You declined the terms of use" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign in again" }).click();
    await signInWithSession(page);
    await page.getByRole("heading", { name: "Terms of use" }).waitFor();
  });
});

/** Sam, at Review permissions' Accept, then Next on More information required: the wizard's first page. */
async function samOpensTheWizard(): Promise<Page> {
  const page = await journeys.begin("mfa-required");
  await continueFromEmail(page);
  await signInAs(page, "sam@outlook.com");
  await acceptConsent(page);
  await page.getByRole("button", { name: "Next" }).click();
  return page;
}

/** "I want to set up a different method" → Phone. */
async function choosePhone(page: Page): Promise<void> {
  await page.getByRole("button", { name: "I want to set up a different method" }).click();
  await page.getByLabel("Which method do you want to use?").selectOption({ label: "Phone" });
  await page.getByRole("button", { name: "Confirm" }).click();
}

/** The phone verified: Next, Done, and My Apps. */
async function phoneRegistered(page: Page): Promise<void> {
  await page.getByText("Verified. Your phone is registered.").waitFor();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
}

describe("MFA", () => {
  it("S24 S50 S51 S44 §12.2 §12.3 §12.4 registers Microsoft Authenticator: the phone scans the QR code and types the number; then only the challenge", async () => {
    const page = await journeys.begin("mfa-required");
    await continueFromEmail(page);
    await signInAs(page, "sam@outlook.com");
    await acceptConsent(page);
    await page.getByRole("heading", { name: "More information required" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Microsoft Authenticator" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Set up your account" }).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("img", { name: "QR code for sam@outlook.com" }).waitFor();
    await expectNoAxeViolations(page);
    const phone = await journeys.current.context.newPage();
    await phone.goto(`${baseUrl()}/phone`);
    await phone.getByRole("button", { name: "Scan a QR code" }).click();
    await phone.getByRole("button", { name: "Scan the QR code on Contoso's sign-in page" }).click();
    await phone.getByText("Contoso: sam@outlook.com (sign-in requests)").waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Let's try it out" }).waitFor();
    const number = await page.getByLabel("Number to enter").innerText();
    await phone.getByLabel("Enter the number shown to sign in.").fill(number);
    await phone.getByRole("button", { name: "Approve" }).click();
    await page.getByRole("heading", { name: "Notification approved" }).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Success!" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();

    await page.goto(`${baseUrl()}/mailbox`);
    await continueFromEmail(page);
    await signInWithSession(page);
    await page.getByRole("heading", { name: "Approve sign in request" }).waitFor();
    await expectNoAxeViolations(page);
    const again = await page.getByLabel("Number to enter").innerText();
    await phone.getByText("App: My Apps").waitFor();
    await phone.getByLabel("Enter the number shown to sign in.").fill(again);
    await phone.getByRole("button", { name: "Approve" }).click();
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
  });

  it("S51 §12.3 registers the phone by text through I want to set up a different method", async () => {
    const page = await samOpensTheWizard();
    await choosePhone(page);
    await page.getByRole("heading", { name: "Phone" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("Phone number").fill("06 123");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText(/Enter the number with its country code/).waitFor();
    await page.getByLabel("Phone number").fill("6 12345678");
    await page.getByRole("button", { name: "Next" }).click();
    const phone = await journeys.current.context.newPage();
    await phone.goto(`${baseUrl()}/phone`);
    const text = await phone.getByText(/Use verification code \d{6}/).innerText();
    await page.getByLabel("Code", { exact: true }).fill(/\d{6}/.exec(text)?.[0] ?? "");
    await page.getByRole("button", { name: "Next" }).click();
    await phoneRegistered(page);
  });

  it("S51 S47 §12.3 §12.4 registers the phone by a call: the simulated phone rings, is answered, and # verifies", async () => {
    const page = await samOpensTheWizard();
    await choosePhone(page);
    await page.getByRole("radio", { name: "Call me" }).check();
    await page.getByLabel("Phone number").fill("612345678");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText(/We're calling \+XX XXXXXXX78 now/).waitFor();
    await expectNoAxeViolations(page);
    const phone = await journeys.current.context.newPage();
    await phone.goto(`${baseUrl()}/phone`);
    await phone.getByText("Incoming call from +1 (855) 330-8653").waitFor();
    await phone.getByRole("button", { name: "Answer" }).click();
    await phone.getByRole("button", { name: "Press the pound key (#)" }).click();
    await phone.getByText("“Your sign-in is verified. Goodbye.”").waitFor();
    await phoneRegistered(page);
  });

  it("S51 S46 §12.3 §12.4 another authenticator app: the phone shows a TOTP code that ticks on the fake clock, and the code signs in", async () => {
    const page = await samOpensTheWizard();
    await page.getByRole("button", { name: "I want to use a different authenticator app" }).click();
    await page.getByRole("heading", { name: "Authenticator app" }).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("img", { name: "QR code for sam@outlook.com" }).waitFor();
    const phone = await journeys.current.context.newPage();
    await phone.goto(`${baseUrl()}/phone`);
    await phone.getByRole("button", { name: "Scan a QR code" }).click();
    await phone.getByRole("button", { name: "Scan the QR code on Contoso's sign-in page" }).click();
    const code = phone.getByLabel("One-time password code for sam@outlook.com at Contoso");
    await code.waitFor();
    await expectNoAxeViolations(phone);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Enter code" }).waitFor();
    await page.getByLabel("Code", { exact: true }).fill((await code.innerText()).replace(/\s/g, ""));
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Success!" }).waitFor();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
  });

  it("S25 §5.3 with MFA trust, the home organization asks for the approval, and the explain panel says why", async () => {
    const page = await journeys.begin("mfa-home-tenant-trust");
    await signInAsAlex(page);
    await acceptConsent(page);
    await page.getByRole("heading", { name: "Approve sign in request" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Studio" }).click();
    await page.getByRole("tab", { name: "Why this?" }).click();
    await page.getByText(/Fabrikam does the MFA, not Contoso/).waitFor();
  });
});

describe("blocks", () => {
  it.each([
    ["conditional-access-block", "Access has been blocked by Conditional Access policies", "AADSTS53003"],
    ["cross-tenant-inbound-block", "The cross-tenant access policy of 'Contoso' doesn't allow users from 'Fabrikam'", "AADSTS500213"],
    ["cross-tenant-outbound-block", "The administrator of 'Fabrikam' has set an outbound cross-tenant access policy", "AADSTS500212"],
  ])("S33 S53 D13 §6 §14.1 %s: Entra's error page with %s", async (scenario, message, code) => {
    const page = await journeys.begin(scenario);
    await signInAsAlex(page);
    await page.getByText(`${code}: ${message}`).first().waitFor();
    const heading = page.getByRole("heading", { level: 1, name: "Sign in" });
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "More details" }).click();
    await page.getByRole("region", { name: "Troubleshooting details" }).getByText("Correlation Id").waitFor();
    await expectNoAxeViolations(page);
  });

  it("D12 §8 blocked domain: Graph refuses new invitations, and the pending one fails with its own screen", async () => {
    const page = await journeys.begin("blocked-domain");
    const refused = await inviteFromPage(page, {
      invitedUserEmailAddress: "kai@yahoo.com",
      inviteRedirectUrl: "https://myapps.microsoft.com",
    });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: "BadRequest" } } });
    await continueFromEmail(page);
    await page.getByRole("heading", { name: "Invitations to yahoo.com are no longer allowed" }).waitFor();
  });
});

describe("automatic redemption", () => {
  it("S04 E6 §5.1 sends a notification instead of an invitation, and skips consent", async () => {
    const page = await journeys.begin("automatic-redemption");
    await page.getByRole("link", { name: /You now have access to Contoso/ }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Go to My Apps" }).click();
    await page.getByLabel("Email, phone, or Skype").fill("alex@fabrikam.com");
    await page.getByRole("button", { name: "Next" }).click();
    await signInAs(page, "alex@fabrikam.com");
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
  });
});

describe("admin actions", () => {
  it("A02 §8 reset redemption: the guest redeems again with a different identity, same object", async () => {
    const page = await journeys.begin("reset-redemption");
    const before = (await storedWorld(page)).users[0].id;
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("heading", { name: "Admin: guest users of Contoso" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel("New e-mail (optional)").fill("alex.wilber@outlook.com");
    await page.getByRole("button", { name: "Reset redemption" }).click();
    await page.getByText("Done: Reset redemption.").waitFor();
    await page.goto(`${baseUrl()}/mailbox/alex.wilber@outlook.com`);
    await continueFromEmail(page);
    await signInAs(page, "alex.wilber@outlook.com");
    await acceptAndLand(page);
    const after = (await storedWorld(page)).users[0];
    expect(after.id).toBe(before);
    expect(after.identities.map((i: { issuer: string }) => i.issuer)).toContain("MicrosoftAccount");
  });

  it("S33 A02 D1 §4.5 §8 the lockout lesson: passcodes switched off lock Lee out until the admin resets the redemption", async () => {
    const page = await journeys.begin("passcode-switched-off");
    await continueFromEmail(page);
    await page.getByRole("heading", { name: "You can't sign in to Contoso this way any more" }).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("heading", { name: "Admin: guest users of Contoso" }).waitFor();
    await page.getByRole("button", { name: "Reset redemption" }).click();
    await page.getByText("Done: Reset redemption.").waitFor();
    // The new invitation e-mail: discovery runs again, and with passcodes off Lee creates a Microsoft account.
    await page.goto(`${baseUrl()}/mailbox`);
    await continueFromEmail(page);
    await page.getByRole("heading", { name: "Create a password" }).waitFor();
  });

  it("A02 S31 S53 §8 a deleted guest's old link is AADSTS50020 on Entra's error page; blocked sign-in is AADSTS50057", async () => {
    const page = await journeys.begin("work-account");
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("button", { name: "Block sign-in" }).click();
    await page.getByText("Done: Block sign-in.").waitFor();
    await page.goto(`${baseUrl()}/mailbox`);
    await signInAsAlex(page);
    await page
      .getByText(/^AADSTS50057: The user account 'alex@fabrikam.com' is disabled/)
      .first()
      .waitFor();
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole("button", { name: "Delete" }).click();
    await page
      .getByRole("group", { name: /^Delete Alex Wilber\?/ })
      .getByRole("button", { name: "Delete" })
      .click();
    await page.getByText("Done: Delete.").waitFor();
    await page.goto(`${baseUrl()}/mailbox`);
    await page.getByRole("link", { name: /invited you to access applications/ }).click();
    await page.getByRole("link", { name: "Accept invitation" }).click();
    await page
      .getByText(/^AADSTS50020: User account 'alex@fabrikam.com' does not exist in tenant 'Contoso'/)
      .first()
      .waitFor();
  });
});

describe("block future invitations", () => {
  it("S05 S06 E8 blocks Contoso from the e-mail footer; new invitations stay out; unblocking after a passcode", async () => {
    const page = await journeys.begin("work-account");
    await page.getByRole("link", { name: /invited you/ }).click();
    await page.getByRole("link", { name: "Block future invitations from this organization." }).click();
    await page.getByRole("heading", { name: "Block future invitations from Contoso?" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Block" }).click();
    await page.getByRole("heading", { name: /You won't get invitations from Contoso/ }).waitFor();
    const { status } = await inviteFromPage(page, {
      invitedUserEmailAddress: "alex@fabrikam.com",
      inviteRedirectUrl: "https://myapps.microsoft.com",
      sendInvitationMessage: true,
    });
    expect(status).toBe(201);
    await page.goto(`${baseUrl()}/mailbox/alex@fabrikam.com`);
    await page
      .getByRole("link", { name: /invited you/ })
      .first()
      .waitFor();
    await expect(page.getByRole("link", { name: /invited you/ }).count()).resolves.toBe(1);

    await page.goto(`${baseUrl()}/unsubscribe/manage`);
    await page.getByLabel("E-mail address").fill("alex@fabrikam.com");
    await page.getByRole("button", { name: "Send code" }).click();
    await page.getByText("We sent a code to alex@fabrikam.com.").waitFor();
    await page.getByLabel("Code").fill(await readCode(journeys.current.context, "alex@fabrikam.com"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("checkbox", { name: /Contoso/ }).check();
    await page.getByRole("button", { name: "Unblock selected" }).click();
    await page.getByText("You haven't blocked any organization.").waitFor();
  });
});

describe("leave the organization", () => {
  it("S34 S35 §5.5 leaves Contoso from My Account: soft-deleted for 30 days", async () => {
    const page = await journeys.begin("leave-organization");
    await signInAsAlex(page);
    await page.getByRole("heading", { name: "There are no apps to show" }).waitFor();
    await page.getByRole("button", { name: "Account manager for Alex Wilber" }).click();
    await page.getByRole("link", { name: "View account" }).click();
    await page.getByRole("heading", { name: "Organizations", exact: true }).waitFor();
    await expect(page.getByText("Home organization").isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Leave" }).click();
    await page.getByRole("heading", { name: "Leave Contoso?" }).waitFor();
    await page.getByRole("button", { name: "Leave" }).click();
    await page.getByText(/You left Contoso. Your guest account will be permanently deleted on/).waitFor();
  });
});
