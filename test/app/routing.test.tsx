// The router around the screens: the step guard sends a hand-typed step back to the current one, and the
// screen-level error boundary (src/app/RouteError.tsx) explains a screen that throws and starts clean on
// the next navigation.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { world } from "../../mocks/node";
import { reachSignIn } from "../support/flow";
import { renderApp } from "../support/render";

// One lazily loaded screen that throws while rendering; every other screen is the real one.
vi.mock("../../src/features/phone/PhonePage", () => ({
  PhonePage: () => {
    throw new Error("the phone screen broke");
  },
}));

describe("step guard", () => {
  it("§5.1 sends a hand-typed later step back to the step the backend says is current", async () => {
    const { router } = await reachSignIn();
    const sessionId = world.read((s) => s.sessions[0]?.id);
    await router.navigate(`/session/${sessionId}/consent`);
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/session/${sessionId}/sign-in`));
  });
});

describe("route error boundary", () => {
  it("infra: a screen that throws shows the error panel; the next navigation recovers", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined); // React and the boundary report the error
    const user = userEvent.setup();
    renderApp("/phone");
    const main = await screen.findByRole("main");
    expect(await within(main).findByRole("heading", { name: "Something went wrong" })).toBeTruthy();
    expect(within(main).getByText("An unexpected error occurred (Unknown).")).toBeTruthy();
    expect(logged).toHaveBeenCalledWith("[screen]", expect.objectContaining({ message: "the phone screen broke" }));

    await user.click(screen.getByRole("link", { name: "Admin" }));
    expect(await within(main).findByRole("heading", { name: "Admin: guest users of Contoso" })).toBeTruthy();
    expect(within(main).queryByRole("heading", { name: "Something went wrong" })).toBeNull();
  });
});
