// @vitest-environment node
// hardening: the API refuses what a copy of its contract must refuse (issue "speed and hardening" §3, §4):
// simple cross-site posts, unknown paths and over-long URLs, each with the documented error body.
import { safeParse } from "valibot";
import { describe, expect, it } from "vitest";
import { world } from "../../mocks/node";
import { apiErrorBody } from "../../src/api/contract";
import { api, startSessionFor } from "../support/api";

describe("the API's own rules", () => {
  it("hardening: §5.1 a form-encoded or text/plain post (a simple cross-site request) changes nothing: 415", async () => {
    const session = await startSessionFor("alex@fabrikam.com");
    for (const type of ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x", ""]) {
      const res = await fetch(`${api}/sessions/${session.id}/restart-sign-in`, {
        method: "POST",
        headers: type ? { "Content-Type": type } : {},
        body: type ? "{}" : undefined,
      });
      const body = await res.json();
      expect({ type, status: res.status, code: body.error?.code }).toEqual({ type, status: 415, code: "UnsupportedMediaType" });
      expect(safeParse(apiErrorBody, body).success).toBe(true);
    }
    expect(world.read((s) => s.sessions.find((x) => x.id === session.id)?.history)).toEqual(["sign-in"]);
  });

  it("infra: an unknown API path or method is the API's 404 with its error body, not the app shell", async () => {
    for (const [method, path] of [
      ["GET", "/nothing-here"],
      ["DELETE", "/sessions"],
      ["GET", "/sessions/x/consent"],
    ] as const) {
      const res = await fetch(`${api}${path}`, { method });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
      expect(safeParse(apiErrorBody, await res.json()).success).toBe(true);
    }
  });

  it("hardening: an over-long URL is 414 with the error body", async () => {
    const res = await fetch(`${api}/invitation?tenant=${"a".repeat(5000)}`);
    expect(res.status).toBe(414);
    expect((await res.json()).error.code).toBe("UriTooLong");
  });
});
