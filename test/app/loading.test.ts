// What the first load leaves for later: catalogue parts loaded with the screens that need them, and the
// demo's fake backend started on first need, with every request waiting for it.
import * as v from "valibot";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.resetModules();
});

describe("catalogue parts", () => {
  it("infra: has the first screen's strings at once and the others after loadStrings, in the current language", async () => {
    vi.resetModules();
    const { i18n, loadStrings, initI18n } = await import("../../src/i18n");
    await initI18n("en");
    expect(i18n.t("app.fakeTime", { time: "10:00" })).toBe("Fake time: 10:00");
    expect(i18n.t("errors.InvitationNotFound.title")).toBe("This invitation link isn't valid");
    expect(i18n.t("consent.heading")).toBe("consent.heading");

    await loadStrings("screens");
    expect(i18n.t("consent.heading")).toBe("Permissions requested by:");
    expect(i18n.t("home.heading")).toBe("home.heading"); // the demo's own part is not loaded yet

    // Switching language loads every part in use for that language before it switches.
    await i18n.changeLanguage("nl");
    expect(i18n.t("consent.heading")).toBe("Machtigingen aangevraagd door:");
    expect(i18n.t("app.fakeTime", { time: "10:00" })).toBe("Neptijd: 10:00");
  });
});

describe("the demo's backend", () => {
  it("infra: starts on the first request, once; requests wait for it; a failure to start reaches every request", async () => {
    vi.resetModules();
    const backend = await import("../../src/api/backend");
    const { apiRequest, ApiError } = await import("../../src/api/client");
    let starts = 0;
    let finishStart!: () => void;
    backend.backendStartsWith(() => {
      starts += 1;
      return new Promise<void>((resolve) => (finishStart = resolve));
    });
    expect(backend.backendRunning()).toBe(false);

    const first = apiRequest("/demo", v.unknown());
    const second = apiRequest("/demo", v.unknown());
    await vi.waitFor(() => expect(starts).toBe(1)); // after the first paint, or 200 ms without paint timing
    let settled = false;
    void first.finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);

    finishStart();
    await expect(first).resolves.toMatchObject({ scenarioId: expect.any(String) });
    await expect(second).resolves.toMatchObject({ scenarioId: expect.any(String) });
    expect(starts).toBe(1);
    expect(backend.backendRunning()).toBe(true);

    backend.backendStartsWith(() => Promise.reject(new Error("Service workers are unavailable here.")));
    await expect(apiRequest("/demo", v.unknown())).rejects.toBeInstanceOf(ApiError);
  });

  it("infra: the studio's raw Graph requests wait for it too, carry the demo admin's token and answer errors as they came", async () => {
    vi.resetModules();
    const backend = await import("../../src/api/backend");
    const { rawRequest } = await import("../../src/api/client");
    let finishStart!: () => void;
    backend.backendStartsWith(() => new Promise<void>((resolve) => (finishStart = resolve)));

    const refused = rawRequest("/invitations", { method: "POST", base: "graph", body: '{"invitedUserEmailAddress": "bad"}' });
    let settled = false;
    void refused.finally(() => (settled = true));
    await vi.waitFor(() => expect(finishStart).toBeTypeOf("function"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);

    finishStart();
    const answer = await refused;
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: expect.any(String) } });
    const created = await rawRequest("/invitations", {
      method: "POST",
      base: "graph",
      body: { invitedUserEmailAddress: "kai@northwind.example", inviteRedirectUrl: "https://myapps.microsoft.com" },
    });
    expect(created).toMatchObject({ status: 201, body: { invitedUserEmailAddress: "kai@northwind.example" } });
  });
});
