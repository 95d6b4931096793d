// The screen kit (src/ui): one form hook with one rule for when errors show, server errors at the field
// the backend names, the action-error slot, the form footer, and the one guard for a query's states.
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/api/client";
import { ActionError } from "../../src/ui/ActionError";
import { Field } from "../../src/ui/Field";
import { FormFooter } from "../../src/ui/FormFooter";
import { guardQuery } from "../../src/ui/QueryGuard";
import { useForm } from "../../src/ui/useForm";

/** A two-field form as a step builds it: a name (kept in the draft) and a password (never kept). */
function Harness({ serverError, onSubmit = () => undefined }: { serverError?: unknown; onSubmit?: (v: Record<string, string>) => void }) {
  const form = useForm({
    draft: "kit-test",
    initial: { name: "", password: "" },
    secret: ["password"],
    validate: ({ name }) => ({ name: name.trim() ? undefined : "Fill this in." }),
    serverError,
  });
  return (
    <form onSubmit={form.submit(onSubmit)} noValidate>
      <Field id="name" label="Name" {...form.field("name")} />
      <Field id="password" label="Password" type="password" {...form.field("password")} />
      <ActionError error={form.actionError} />
      <FormFooter primary={{ label: "Next" }} secondary={{ label: "Back", onClick: () => undefined }} />
    </form>
  );
}

const described = (field: HTMLElement) =>
  (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");

describe("screen kit: useForm", () => {
  it("infra: shows no error before the first submit, then live on every change", async () => {
    const user = userEvent.setup();
    const submitted: Array<Record<string, string>> = [];
    render(<Harness onSubmit={(values) => submitted.push(values)} />);
    const name = screen.getByLabelText("Name");
    await user.type(name, "   ");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(name).not.toHaveAttribute("aria-invalid");

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Fill this in.");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(described(name)).toContain("Fill this in.");
    expect(submitted).toHaveLength(0);

    await user.type(name, "Pat");
    expect(screen.queryByRole("alert")).toBeNull();
    await user.clear(name);
    expect(screen.getByRole("alert")).toHaveTextContent("Fill this in.");
    await user.type(name, "Pat");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(submitted).toEqual([{ name: "Pat", password: "" }]);
  });

  it("infra: a server error that names a field (details.field) is shown at that field, not in the action-error slot", () => {
    render(<Harness serverError={new ApiError("PasswordRejected", 400, "No.", { field: "password", problem: "length" })} />);
    const password = screen.getByLabelText("Password");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(described(password)).toBe("The password doesn't meet the rules below.");
    expect(screen.getByLabelText("Name")).not.toHaveAttribute("aria-invalid");
    expect(screen.getAllByRole("alert")).toHaveLength(1);
  });

  it("infra: a field error without copy of its own still reaches its field, in general words", () => {
    render(<Harness serverError={new ApiError("NameRejected", 400, "No.", { field: "name", problem: "somethingNew" })} />);
    const name = screen.getByLabelText("Name");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(described(name)).toBe("This value wasn't accepted. Check it and try again.");
  });

  it("infra: an error that names no field of the form goes to the action-error slot: its short copy, else the error panel", () => {
    const { rerender } = render(<Harness serverError={new ApiError("PasscodeResendTooSoon", 429, "Wait.", { retryAfterSeconds: "12" })} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Wait 12 seconds before asking for a new code.");
    expect(screen.getByLabelText("Name")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByLabelText("Password")).not.toHaveAttribute("aria-invalid");

    // The same code at a field the form does not have is not guessed onto another one.
    rerender(<Harness serverError={new ApiError("InjectedFault", 503, "Fault.", { endpoint: "sessions", field: "elsewhere" })} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("A fault was injected");
    expect(screen.getByRole("heading", { name: "A fault was injected" })).toBeTruthy();
    expect(screen.getByLabelText("Password")).not.toHaveAttribute("aria-invalid");
  });

  it("infra: the draft survives a remount; a secret field never reaches it", async () => {
    const user = userEvent.setup();
    const first = render(<Harness />);
    await user.type(screen.getByLabelText("Name"), "Pat");
    await user.type(screen.getByLabelText("Password"), "Sunny-Day-42");
    first.unmount();
    render(<Harness />);
    expect(screen.getByLabelText("Name")).toHaveValue("Pat");
    expect(screen.getByLabelText("Password")).toHaveValue("");
    expect(JSON.stringify({ ...sessionStorage })).not.toContain("Sunny-Day-42");
  });
});

describe("screen kit: FormFooter", () => {
  it("infra: the primary submits, the secondary does not, and busy disables both", async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const Footer = ({ busy }: { busy: boolean }) => (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          calls.push("submit");
        }}
      >
        <FormFooter primary={{ label: "Next" }} secondary={{ label: "Back", onClick: () => calls.push("back") }} busy={busy} />
      </form>
    );
    const { rerender } = render(<Footer busy={false} />);
    await user.click(screen.getByRole("button", { name: "Back" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(calls).toEqual(["back", "submit"]);
    rerender(<Footer busy />);
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Back" })).toBeDisabled();
  });
});

describe("screen kit: guardQuery", () => {
  it("infra: shows Loading until the data is there, and an error panel whose Try again refetches", async () => {
    const user = userEvent.setup();
    const answers: Array<{ resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    function Screen() {
      const query = useQuery({
        queryKey: ["kit-guard"],
        queryFn: () => new Promise<string>((resolve, reject) => answers.push({ resolve, reject })),
      });
      return guardQuery(query) ?? <p>Data: {query.data}</p>;
    }
    render(
      <QueryClientProvider client={client}>
        <Screen />
      </QueryClientProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    await waitFor(() => expect(answers).toHaveLength(1));
    answers[0]!.reject(new ApiError("NetworkError", 0, "No answer."));
    expect(await screen.findByRole("heading", { name: "The simulator's backend didn't answer" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(answers).toHaveLength(2));
    answers[1]!.resolve("ready");
    expect(await screen.findByText("Data: ready")).toBeTruthy();
  });
});
