// hardening: a draft of the wrong shape in session storage (another version, or edited by hand) is ignored,
// never fatal (issue "speed and hardening" §4): the form starts from its initial values and still works.
import { act, render, renderHook, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sameShape, useDraft } from "../../src/ui/useDraft";
import { useForm } from "../../src/ui/useForm";

const KEY = "b2b-simulator/draft/";

afterEach(() => sessionStorage.clear());

interface Composer {
  email: string;
  send: boolean;
  domains: string[];
  saml: Array<{ domain: string; idpName: string }>;
}
const INITIAL: Composer = { email: "", send: true, domains: ["contoso.com"], saml: [] };

function CodeForm() {
  const form = useForm({
    draft: "code-form",
    initial: { code: "" },
    validate: (values) => ({ code: values.code.trim() ? undefined : "empty" }),
  });
  return (
    <form onSubmit={form.submit(() => undefined)}>
      <label>
        Code <input {...form.field("code")} />
      </label>
    </form>
  );
}

describe("drafts in session storage", () => {
  const wrongShapes: Array<[string, string]> = [
    ["not JSON", "{not json"],
    ["null", "null"],
    ["a number", "42"],
    ["a string", JSON.stringify("alex@fabrikam.com")],
    ["an array", JSON.stringify([INITIAL])],
    ["a field of another kind", JSON.stringify({ ...INITIAL, email: 7 })],
    ["an object where a value belongs", JSON.stringify({ ...INITIAL, send: { yes: true } })],
    ["a missing field", JSON.stringify({ email: "a@b.example", send: true, domains: [] })],
    ["an unknown field", JSON.stringify({ ...INITIAL, extra: "x" })],
    ["list items of another kind", JSON.stringify({ ...INITIAL, domains: [null] })],
    ["nested list items", JSON.stringify({ ...INITIAL, saml: [{ domain: { deep: 1 }, idpName: "x" }] })],
  ];

  for (const [what, raw] of wrongShapes) {
    it(`hardening: a draft that is ${what} is ignored and the initial value is used`, () => {
      sessionStorage.setItem(`${KEY}composer`, raw);
      const { result } = renderHook(() => useDraft<Composer>("composer", INITIAL));
      expect(result.current[0]).toEqual(INITIAL);
      act(() => result.current[1]({ ...INITIAL, email: "alex@fabrikam.com" }));
      expect(JSON.parse(sessionStorage.getItem(`${KEY}composer`) ?? "")).toMatchObject({ email: "alex@fabrikam.com" });
    });
  }

  it("hardening: a draft of the right shape is kept (control)", () => {
    const draft: Composer = { email: "alex@fabrikam.com", send: false, domains: [], saml: [{ domain: "x.example", idpName: "X" }] };
    sessionStorage.setItem(`${KEY}composer`, JSON.stringify(draft));
    const { result } = renderHook(() => useDraft<Composer>("composer", INITIAL));
    expect(result.current[0]).toEqual(draft);
  });

  it("hardening: a value left undefined in the initial draft may be absent or plain in the stored one (control)", () => {
    expect(sameShape({ a: "x" }, { a: "", b: undefined })).toBe(true);
    expect(sameShape({ a: "x", b: "y" }, { a: "", b: undefined })).toBe(true);
    expect(sameShape({ a: "x", b: ["y"] }, { a: "", b: undefined })).toBe(false);
  });

  it("hardening: a form whose stored draft has the wrong shape renders from its initial values", () => {
    sessionStorage.setItem(`${KEY}code-form`, JSON.stringify({ code: { trim: 1 } }));
    render(<CodeForm />);
    expect(screen.getByLabelText("Code")).toHaveProperty("value", "");
  });
});
