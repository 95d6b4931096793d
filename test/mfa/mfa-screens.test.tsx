// MFA in jsdom (spec §5.3, S24, S25).
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { signInThrough } from "../support/flow";

describe("MFA", () => {
  it("S24 §5.3 registers SMS: a bad number and a wrong code are explained at the field", async () => {
    const { user } = await signInThrough("mfa-required", "sam@outlook.com");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "More information required" });
    await user.click(screen.getByRole("button", { name: /Text message/ }));
    const phone = screen.getByLabelText("Phone number, with country code");
    await user.type(phone, "0612");
    await user.click(screen.getByRole("button", { name: "Send code" }));
    expect(await screen.findByText(/Enter the number with its country code/)).toBeTruthy();
    expect(phone).toHaveValue("0612");
    await user.clear(phone);
    await user.type(phone, "+31612345678");
    await user.click(screen.getByRole("button", { name: "Send code" }));
    await user.type(await screen.findByLabelText("Code"), "000000");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByText("That code isn't right. Check the latest text message.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Code"));
    await user.type(
      screen.getByLabelText("Code"),
      world.read((s) => s.phone.at(-1)?.code ?? ""),
    );
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByRole("heading", { name: "There are no apps to show" })).toBeTruthy();
  });

  it("S25 §5.3 names the home organization when it does the MFA", async () => {
    const { user } = await signInThrough("mfa-home-tenant-trust");
    await user.click(await screen.findByRole("button", { name: "Accept" }));
    await screen.findByRole("heading", { name: "Verify your identity" });
    expect(screen.getByText(/Fabrikam, your own organization, verifies your identity: Contoso trusts its MFA./)).toBeTruthy();
  });
});
