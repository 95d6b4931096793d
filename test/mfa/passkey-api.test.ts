// @vitest-environment node
// Addendum §12.8 on the fake clock, at the HTTP level: from 1 September 2026 a phone-only guest meets the
// passkey registration campaign after the phone challenge (Not now snoozes a day); from 1 February 2027
// Microsoft-provided SMS and voice are retired and the passkey registration blocks.
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { createFakeEntra } from "../../mocks";
import { world } from "../../mocks/node";
import {
  PASSKEY_CAMPAIGN_FROM,
  PASSKEY_SNOOZE_DAYS,
  passkeyCampaignDue,
  telephonyPhase,
  TELEPHONY_RETIRED_FROM,
} from "../../mocks/domain/redemption/passkey";
import type { GuestUser } from "../../mocks/domain/state";
import { advanceMinutes, api, loadScenario, postJson, signedInSession } from "../support/api";

const act = (id: string, action: string, body: unknown = {}) => postJson(`${api}/sessions/${id}/${action}`, body);
const fakeNow = async () => new Date((await (await fetch(`${api}/demo`)).json()).now);
const user = () => world.read((s) => s.users.find((u) => u.mail === "sam@outlook.com"));

/** Sign in and answer the texted code: the step after the phone challenge. */
async function signInByText() {
  const session = await signedInSession("sam@outlook.com");
  expect(session).toMatchObject({ step: "mfa-challenge", mfa: { challenge: "sms" } });
  const code = world.read((s) => s.phone.at(-1)?.code ?? "");
  return (await act(session.id, "mfa/verify", { code })).body;
}

async function jumpTo(date: Date) {
  const minutes = Math.ceil((date.getTime() - (await fakeNow()).getTime()) / 60_000);
  if (minutes > 0) await advanceMinutes(minutes);
}

describe("passkeys and the telephony retirement (addendum §12.8)", () => {
  it("§12.8 the dates: before 1 Sep 2026, the campaign until 1 Feb 2027, then retired", () => {
    const minute = 60_000;
    expect(telephonyPhase(new Date(PASSKEY_CAMPAIGN_FROM.getTime() - minute))).toBe("before");
    expect(telephonyPhase(PASSKEY_CAMPAIGN_FROM)).toBe("campaign");
    expect(telephonyPhase(new Date(TELEPHONY_RETIRED_FROM.getTime() - minute))).toBe("campaign");
    expect(telephonyPhase(TELEPHONY_RETIRED_FROM)).toBe("retired");
    const phoneOnly = { mfaMethods: [{ kind: "sms", phone: "+31612345678" }] } as GuestUser;
    const withApp = { mfaMethods: [{ kind: "sms", phone: "+31612345678" }, { kind: "authenticator" }] } as GuestUser;
    expect(passkeyCampaignDue(phoneOnly, new Date(PASSKEY_CAMPAIGN_FROM.getTime() - minute))).toBe(false);
    expect(passkeyCampaignDue(phoneOnly, PASSKEY_CAMPAIGN_FROM)).toBe(true);
    expect(passkeyCampaignDue(withApp, PASSKEY_CAMPAIGN_FROM)).toBe(false);
    expect(passkeyCampaignDue(phoneOnly, TELEPHONY_RETIRED_FROM)).toBe(false);
  });

  it("§12.8 the campaign scenario's clock starts inside the campaign whatever the real date; time travel does not outlive a scenario switch", async () => {
    const inside = new Date("2026-12-10T10:00:00.000Z");
    for (const [real, expected] of [
      [new Date("2026-08-01T10:00:00.000Z"), new Date("2026-12-01T09:00:00.000Z")],
      [inside, inside],
      [new Date("2027-03-01T10:00:00.000Z"), new Date("2026-12-01T09:00:00.000Z")],
    ] as const) {
      const fake = createFakeEntra({ appOrigin: "http://127.0.0.1:5173", clock: () => real, scenario: "mfa-sms-passkey-campaign" });
      expect(await fake.clock.now()).toEqual(expected);
      expect(telephonyPhase(await fake.clock.now())).toBe("campaign");
      await fake.clock.advance({ days: 90 });
      await fake.startScenario("work-account");
      expect(await fake.clock.now()).toEqual(real);
      // The new world's invitation e-mail arrived at the real now, not in the previous world's future.
      expect(await fake.read((s) => s.mail.map((m) => m.receivedAt))).toContain(real.toISOString());
    }
  });

  it("S52 §12.8 the campaign follows the text challenge; Not now hides it for a day; Next registers a passkey", async () => {
    loadScenario("mfa-sms-passkey-campaign");
    await jumpTo(PASSKEY_CAMPAIGN_FROM);
    const campaign = await signInByText();
    expect(campaign).toMatchObject({ step: "passkey-register", passkey: { blocking: false } });
    expect((await act(campaign.id, "passkey", { decision: "snooze" })).body.step).toBe("done");
    // Snoozed: the next sign-in the same day goes straight through.
    expect((await signInByText()).step).toBe("done");
    await advanceMinutes(PASSKEY_SNOOZE_DAYS * 24 * 60);
    const again = await signInByText();
    expect(again.step).toBe("passkey-register");
    expect((await act(again.id, "passkey", { decision: "register" })).body.step).toBe("done");
    expect(user()?.mfaMethods.map((m) => m.kind)).toEqual(["sms", "passkey"]);
    // The simulated phone holds the passkey.
    const phone = await (await fetch(`${api}/phone`)).json();
    expect(phone.accounts).toEqual([expect.objectContaining({ kind: "passkey", organization: "Contoso", account: "sam@outlook.com" })]);
    // With a passkey, no campaign any more.
    expect((await signInByText()).step).toBe("done");
  });

  it("S52 §12.8 from 1 February 2027 the phone is gone: the passkey registration blocks, then the passkey signs in", async () => {
    loadScenario("mfa-sms-passkey-campaign");
    await jumpTo(TELEPHONY_RETIRED_FROM);
    const blocked = await signedInSession("sam@outlook.com");
    expect(blocked).toMatchObject({ step: "passkey-register", passkey: { blocking: true } });
    // No text was sent: Microsoft's SMS is retired.
    expect(world.read((s) => s.phone.length)).toBe(0);
    expect((await act(blocked.id, "passkey", { decision: "snooze" })).body.error.code).toBe("PasskeyRequired");
    expect((await act(blocked.id, "passkey", { decision: "register" })).body.step).toBe("done");
    expect((await signedInSession("sam@outlook.com")).step).toBe("done");
  });
});

describe("one scenario per MFA path (issue 13 §4)", () => {
  it("S44 §12.4 mfa-authenticator: the sign-in asks the Authenticator app already on the phone", async () => {
    loadScenario("mfa-authenticator");
    const session = await signedInSession("sam@outlook.com");
    expect(session).toMatchObject({ step: "mfa-challenge", mfa: { challenge: "authenticator", methods: ["authenticator"] } });
    const phone = await (await fetch(`${api}/phone`)).json();
    expect(phone.accounts).toEqual([expect.objectContaining({ kind: "authenticator", organization: "Contoso" })]);
    expect(phone.pushes).toHaveLength(1);
  });

  it("S46 §12.4 mfa-totp: the code the phone's app shows signs in, and no campaign follows", async () => {
    loadScenario("mfa-totp");
    const session = await signedInSession("sam@outlook.com");
    expect(session).toMatchObject({ step: "mfa-challenge", mfa: { challenge: "totp" } });
    const [app] = (await (await fetch(`${api}/phone`)).json()).accounts;
    const now = await fakeNow();
    const code = new TOTP({ secret: Secret.fromBase32(app.secret), digits: 6, period: 30 }).generate({ timestamp: now.getTime() });
    expect((await act(session.id, "mfa/verify", { code })).body.step).toBe("done");
  });
});
