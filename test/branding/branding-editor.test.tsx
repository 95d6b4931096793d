// The studio's company-branding editor (issue 12 §2): set elements live, see them on the guest's sign-in page,
// a refused image keeps what was typed, and "Back to Microsoft's default" clears the tenant's branding.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { CONTOSO_TENANT_ID } from "../../mocks/scenarios";
import { loadScenario, redeemPath } from "../support/api";
import { renderApp } from "../support/render";

const contoso = () => world.read((s) => s.tenants.find((t) => t.id === CONTOSO_TENANT_ID)!.branding);

/** A PNG file whose header says `width`×`height` (the size check reads only the header). */
function pngFile(width: number, height: number, name = "logo.png"): File {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return new File([bytes], name, { type: "image/png" });
}

async function openEditor() {
  loadScenario("work-account");
  const user = userEvent.setup();
  renderApp(redeemPath());
  await screen.findByRole("heading", { name: "Sign in" });
  await user.click(screen.getByRole("button", { name: "Studio" }));
  await user.click(await screen.findByRole("tab", { name: "Tenant settings" }));
  const studio = screen.getByRole("complementary", { name: "Demo studio" });
  await within(studio).findByRole("heading", { name: "Company branding" });
  return { user, studio };
}

describe("branding editor", () => {
  it("§13.1 the username hint and sign-in page text set in the studio appear on the guest's sign-in page at once", async () => {
    const { user, studio } = await openEditor();
    expect(within(studio).getByLabelText("Tenant")).toHaveDisplayValue("Contoso");
    await user.type(within(studio).getByLabelText("Username hint"), "name@contoso.com");
    await user.type(within(studio).getByLabelText("Sign-in page text"), "Contoso guests welcome");
    expect(within(studio).getByText(/^Not saved yet: /)).toHaveTextContent(/Username hint, Sign-in page text/);
    await user.click(within(studio).getByRole("button", { name: "Save branding" }));
    await within(studio).findByText("Saved.");
    expect(contoso()).toMatchObject({ usernameHintText: "name@contoso.com", signInPageText: "Contoso guests welcome" });
    await waitFor(() => expect(screen.getByLabelText("Email, phone, or Skype")).toHaveAttribute("placeholder", "name@contoso.com"));
    expect(within(screen.getByRole("main")).getByText("Contoso guests welcome").closest(".ext-sign-in-box")).toBeTruthy();
  });

  it("§13.1 a banner logo wider than 245 px is refused with the fake world's message; the typed hint stays, nothing is saved", async () => {
    const { user, studio } = await openEditor();
    await user.type(within(studio).getByLabelText("Username hint"), "kept@contoso.com");
    const before = contoso()?.bannerLogo;
    await user.upload(within(studio).getAllByLabelText("Choose an image")[0]!, pngFile(300, 36));
    await user.click(within(studio).getByRole("button", { name: "Save branding" }));
    expect(await within(studio).findByText(/245×36 pixels/)).toBeTruthy();
    expect(within(studio).getByLabelText("Username hint")).toHaveValue("kept@contoso.com");
    expect(contoso()?.bannerLogo).toBe(before);
    expect(contoso()?.usernameHintText).toBeUndefined();
    // A logo within the limits is kept, and the guest's page shows it.
    await user.upload(within(studio).getAllByLabelText("Choose an image")[0]!, pngFile(200, 30));
    await user.click(within(studio).getByRole("button", { name: "Save branding" }));
    await within(studio).findByText("Saved.");
    expect(contoso()?.bannerLogo).toMatch(/^data:image\/png;base64,/);
    await waitFor(() => expect(screen.getByRole("img", { name: "Contoso" }).getAttribute("src")).toMatch(/^data:image\/png/));
  });

  it("§13.3 Back to Microsoft's default clears Contoso's branding: the guest's page shows the Microsoft mark", async () => {
    const { user, studio } = await openEditor();
    await user.click(within(studio).getByRole("button", { name: "Back to Microsoft's default" }));
    await user.click(within(studio).getByRole("button", { name: "Save branding" }));
    await within(studio).findByText("Saved.");
    expect(contoso()).toBeUndefined();
    await waitFor(() => expect(screen.getByRole("img", { name: "Microsoft" })).toBeTruthy());
  });
});
