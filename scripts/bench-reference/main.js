// The bench's reference (issue "speed and hardening"): a React-only page of the same shape as a step —
// a card with a heading, a paragraph and a button whose click fetches and renders the next heading. Time
// budgets are ratios against it, measured in the same run, so a busy machine slows both alike.
import { createElement as h, StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

function Step() {
  const [step, setStep] = useState({ heading: "Reference step", text: "A React page with nothing else on it." });
  async function next() {
    setStep(await (await fetch("/api/reference-step")).json());
  }
  return h(
    "main",
    null,
    h("h1", null, step.heading),
    h("p", null, step.text),
    h("button", { type: "button", onClick: () => void next() }, "Next"),
  );
}

createRoot(document.getElementById("root")).render(h(StrictMode, null, h(Step)));
