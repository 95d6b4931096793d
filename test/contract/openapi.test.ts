// @vitest-environment node
// public/openapi.json is the contract for a real backend: it must match the valibot schemas.
// Regenerate with `npm run openapi`.
import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { openApiDocument } from "../../scripts/openapi";

it("infra: public/openapi.json is generated from the current schemas", () => {
  const generated = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
  if (process.env.UPDATE_OPENAPI === "1") writeFileSync("public/openapi.json", generated);
  expect(readFileSync("public/openapi.json", "utf8")).toBe(generated);
});
