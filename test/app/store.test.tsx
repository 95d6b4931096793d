// The one listener store (src/lib/store.ts) behind the backend status, MSAL's and the fake sign-in's busy
// flag, the lazy sign-in and the i18n language: what it tells whom, and that React re-renders with it.
import { act, render, screen } from "@testing-library/react";
import { useSyncExternalStore } from "react";
import { describe, expect, it, vi } from "vitest";
import { createLazyAuth } from "../../src/auth/lazyAuth";
import { readConfig } from "../../src/config";
import { createStore } from "../../src/lib/store";
import { createFakeAuth } from "../support/fakeAuth";

// The lazy sign-in's MSAL, replaced by the fake one: what is tested is the relay between the two.
const msal = vi.hoisted(() => ({ auth: undefined as ReturnType<typeof createFakeAuth> | undefined }));
vi.mock("../../src/auth/msal", () => ({
  createMsalAuth: async () => {
    const { createFakeAuth } = await import("../support/fakeAuth");
    msal.auth = createFakeAuth();
    return msal.auth;
  },
}));

describe("createStore", () => {
  it("infra: tells every listener of a new value once, nobody of the same value, and no one who left", () => {
    const store = createStore(1);
    const heard: string[] = [];
    const leaveA = store.subscribe(() => heard.push(`a${store.get()}`));
    store.subscribe(() => heard.push(`b${store.get()}`));
    store.set(2);
    store.set(2);
    leaveA();
    store.set(3);
    expect(store.get()).toBe(3);
    expect(heard).toEqual(["a2", "b2", "b3"]);
  });

  it("infra: drives useSyncExternalStore with its own get and subscribe", () => {
    const store = createStore({ name: "Alex" });
    function Name() {
      return <p>{useSyncExternalStore(store.subscribe, store.get).name}</p>;
    }
    const view = render(<Name />);
    expect(screen.getByText("Alex")).toBeInTheDocument();
    act(() => store.set({ name: "Robin" }));
    expect(screen.getByText("Robin")).toBeInTheDocument();
    view.unmount();
    store.set({ name: "Kai" }); // unmounted: unsubscribed, nothing to re-render
    expect(store.get().name).toBe("Kai");
  });

  it("infra: the lazy sign-in tells its listeners when MSAL is ready and whenever MSAL's busy flag changes", async () => {
    const lazy = createLazyAuth(readConfig({}));
    const heard: string[] = [];
    lazy.subscribe(() => heard.push(`ready=${lazy.isReady()} busy=${lazy.isBusy()}`));
    expect(lazy.isReady()).toBe(false);
    lazy.prepare();
    await vi.waitFor(() => expect(lazy.isReady()).toBe(true));
    expect(heard).toEqual(["ready=true busy=false"]);

    // The fake popup fails at once: busy, then not busy, both heard through the lazy port.
    msal.auth!.failNextWith = "popup-closed";
    const popup = lazy.signInWithPopup({
      authority: "https://login.mock-idp.test/x/v2.0",
      loginHint: "",
      nonce: "n",
      language: "en",
      sessionId: "s",
    });
    await expect(popup).rejects.toMatchObject({ reason: "popup-closed" });
    expect(lazy.isBusy()).toBe(false);
    expect(heard).toEqual(["ready=true busy=false", "ready=true busy=true", "ready=true busy=false"]);
  });
});
