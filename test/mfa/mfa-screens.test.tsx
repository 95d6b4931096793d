// MFA in jsdom (spec §5.3, addendum §12: S50, S51, S44, S45, S46, S48), by role and accessible name.
import { screen, waitFor } from "@testing-library/react";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { advanceMinutes, api, postJson } from "../support/api";
import { signInThrough } from "../support/flow";
import { renderApp } from "../support/render";

const phone = async () => (await fetch(`${api}/phone`)).json();
const scanOnPhone = async () => postJson(`${api}/phone/scan`, { payload: (await phone()).camera[0].payload });

async function atInterrupt() {
  const flow = await signInThrough("mfa-required", "sam@outlook.com");
  await flow.user.click(await screen.findByRole("button", { name: "Accept" }));
  const heading = await screen.findByRole("heading", { name: "More information required" });
  await waitFor(() => expect(heading).toHaveFocus());
  return flow;
}

describe("MFA registration", () => {
  it("S24 S50 §12.2 More information required is its own page: Next, Use a different account, Learn more", async () => {
    await atInterrupt();
    expect(screen.getByText("Signed in as sam@outlook.com")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Use a different account" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Learn more" })).toBeTruthy();
  });

  it("S51 §12.3 W1–W7 Microsoft Authenticator: the QR code the phone scans, number matching, Success!", async () => {
    const { user } = await atInterrupt();
    await user.click(screen.getByRole("button", { name: "Next" }));
    const w1 = await screen.findByRole("heading", { name: "Microsoft Authenticator" });
    await waitFor(() => expect(w1).toHaveFocus());
    expect(screen.getByText("Keep your account secure")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download now" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "I want to use a different authenticator app" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "I want to set up a different method" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByRole("heading", { name: "Set up your account" });
    await user.click(screen.getByRole("button", { name: "Next" }));
    const w3 = await screen.findByRole("heading", { name: "Scan the QR code" });
    await waitFor(() => expect(w3).toHaveFocus());
    expect(await screen.findByRole("img", { name: "QR code for sam@outlook.com" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Can't scan image?" }));
    expect(screen.getByText("URL")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(/Scan the QR code with the app first/)).toBeTruthy();
    await scanOnPhone();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByRole("heading", { name: "Let's try it out" });
    const number = Number((await screen.findByLabelText("Number to enter")).textContent);
    await postJson(`${api}/phone/pushes/${(await phone()).pushes[0].id}`, { decision: "approve", number });
    const w5 = await screen.findByRole("heading", { name: "Notification approved" }, { timeout: 4000 });
    await waitFor(() => expect(w5).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByRole("heading", { name: "Success!" });
    expect(screen.getByText("Default sign-in method:")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Done" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
  });

  it("S51 §12.3 Alt-B the phone: Choose a different method, a bad number and a wrong code are explained at the field", async () => {
    const { user } = await atInterrupt();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(await screen.findByRole("button", { name: "I want to set up a different method" }));
    await screen.findByRole("heading", { name: "Choose a different method" });
    await user.selectOptions(screen.getByLabelText("Which method do you want to use?"), "Phone");
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    await screen.findByRole("heading", { name: "Phone" });
    expect(screen.getByRole("radio", { name: "Text me a code" })).toBeChecked();
    const phoneField = screen.getByLabelText("Phone number");
    await user.type(phoneField, "12");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(/Enter the number with its country code/)).toBeTruthy();
    await user.clear(phoneField);
    await user.type(phoneField, "612345678");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(/We texted a 6-digit code to \+XX XXXXXXX78/)).toBeTruthy();
    await user.type(screen.getByLabelText("Code"), "000000");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("That code isn't right. Check the latest text message.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Code"));
    await user.type(
      screen.getByLabelText("Code"),
      world.read((s) => s.phone.at(-1)?.code ?? ""),
    );
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByText("Verified. Your phone is registered.");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(await screen.findByRole("button", { name: "Done" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
  });

  it("S51 S47 §12.3 §12.4 Alt-B Call me: the page waits while the phone rings; answered and # registers the phone", async () => {
    const { user } = await atInterrupt();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(await screen.findByRole("button", { name: "I want to set up a different method" }));
    await user.selectOptions(await screen.findByLabelText("Which method do you want to use?"), "Phone");
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    await screen.findByRole("heading", { name: "Phone" });
    await user.click(screen.getByRole("radio", { name: "Call me" }));
    await user.type(screen.getByLabelText("Phone number"), "612345678");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText(/We're calling \+XX XXXXXXX78 now/)).toBeTruthy();
    const call = (await phone()).calls[0];
    await postJson(`${api}/phone/calls/${call.id}`, { action: "answer" });
    await postJson(`${api}/phone/calls/${call.id}`, { action: "press", key: "#" });
    await screen.findByText("Verified. Your phone is registered.", {}, { timeout: 4000 });
  });

  it("S51 §12.3 Alt-A another authenticator app: the secret behind Can't scan image?, then the app's code", async () => {
    const { user } = await atInterrupt();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(await screen.findByRole("button", { name: "I want to use a different authenticator app" }));
    await screen.findByRole("heading", { name: "Authenticator app" });
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByRole("heading", { name: "Scan the QR code" });
    await user.click(screen.getByRole("button", { name: "Can't scan image?" }));
    expect(screen.getByText("Secret key")).toBeTruthy();
    await scanOnPhone();
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByRole("heading", { name: "Enter code" });
    const account = (await phone()).accounts[0];
    const code = new TOTP({ secret: Secret.fromBase32(account.secret), digits: 6, period: 30 }).generate({
      timestamp: Date.parse((await phone()).now),
    });
    await user.type(screen.getByLabelText("Code"), code);
    await user.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByRole("heading", { name: "Success!" });
  });
});

describe("MFA challenge", () => {
  it("S44 S45 §12.4 Approve sign in request shows the number; I can't use my app lists the other methods", async () => {
    const flow = await signInThrough("mfa-required", "sam@outlook.com");
    world.transact((s) => {
      const guest = s.users.find((u) => u.mail === "sam@outlook.com");
      if (guest) guest.mfaMethods = [{ kind: "authenticator" }, { kind: "sms", phone: "+31612345678" }];
    });
    await flow.user.click(await screen.findByRole("button", { name: "Accept" }));
    const heading = await screen.findByRole("heading", { name: "Approve sign in request" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByLabelText("Number to enter").textContent).toMatch(/^\d{2}$/);
    await flow.user.click(screen.getByRole("button", { name: "I can't use my Microsoft Authenticator app right now" }));
    await screen.findByRole("heading", { name: "Verify your identity" });
    expect(screen.getByRole("button", { name: "Approve a request on my Microsoft Authenticator app" })).toBeTruthy();
    await flow.user.click(screen.getByRole("button", { name: "Text +XX XXXXXXX78" }));
    await screen.findByRole("heading", { name: "Enter code" });
    await flow.user.type(
      screen.getByLabelText("Code"),
      world.read((s) => s.phone.at(-1)?.code ?? ""),
    );
    await flow.user.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
  });

  it("S49 S44 §12.4 no answer in time shows We didn't hear from you; a new request, then a denial ends with AADSTS500121", async () => {
    const flow = await signInThrough("mfa-required", "sam@outlook.com");
    world.transact((s) => {
      const guest = s.users.find((u) => u.mail === "sam@outlook.com");
      if (guest) guest.mfaMethods = [{ kind: "authenticator" }];
    });
    await flow.user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "Approve sign in request" });
    await advanceMinutes(30);
    const heading = await screen.findByRole("heading", { name: "We didn't hear from you" }, { timeout: 4000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole("button", { name: "Sign in another way" })).toBeNull();
    await flow.user.click(screen.getByRole("button", { name: "Send another request" }));
    await screen.findByRole("heading", { name: "Approve sign in request" });
    await postJson(`${api}/phone/pushes/${(await phone()).pushes[0].id}`, { decision: "deny" });
    // Entra's error page (decision 0047): the code with Entra's message.
    expect(await screen.findByText(/^AADSTS500121: Authentication failed/, { selector: ".error-line" }, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
  });

  it("S25 §5.3 with MFA trust, the home organization's page asks for the approval; only one method, no other way", async () => {
    const { user } = await signInThrough("mfa-home-tenant-trust");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "Approve sign in request" });
    // Addendum §13.2: MFA with trust runs in the home tenant, under Fabrikam's banner logo.
    expect(screen.getByRole("img", { name: "Fabrikam" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "I can't use my Microsoft Authenticator app right now" })).toBeNull();
  });
});

describe("simulated phone", () => {
  it("S48 §12.4 shows the request's context and a labelled box for the number; a TOTP account shows its code", async () => {
    const flow = await signInThrough("mfa-required", "sam@outlook.com");
    world.transact((s) => {
      const guest = s.users.find((u) => u.mail === "sam@outlook.com");
      if (guest) guest.mfaMethods = [{ kind: "authenticator" }];
      s.phoneAccounts = [
        {
          id: "a1",
          userId: guest?.id ?? "",
          kind: "totp",
          organization: "Contoso",
          account: "sam@outlook.com",
          secret: "JBSWY3DPEHPK3PXP",
          addedAt: new Date().toISOString(),
        },
      ];
    });
    await flow.user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "Approve sign in request" });
    flow.unmount();
    renderApp("/phone");
    await screen.findByRole("heading", { name: "Simulated phone" });
    expect(screen.getByText("App: My Apps")).toBeTruthy();
    expect(screen.getByLabelText("Enter the number shown to sign in.")).toBeTruthy();
    expect(screen.getByLabelText("One-time password code for sam@outlook.com at Contoso").textContent).toMatch(/^\d{3} \d{3}$/);
  });
});
