// How every handler of the fake world reads input and reports failure: valibot parsing into a DomainError,
// and one error body shape. A handler never lets an exception escape as a crash.
import { HttpResponse, type HttpResponseResolver } from "msw";
import * as v from "valibot";
import type { ApiErrorBody } from "../../src/api/contract";
import { DomainError } from "../domain/errors";
import { newId } from "../domain/ids";

export function badRequest(issues: readonly v.BaseIssue<unknown>[]): DomainError {
  const details: Record<string, string> = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue) || "body";
    details[field] ??= issue.message;
  }
  const fields = Object.keys(details).join(", ");
  return new DomainError("BadRequest", 400, `The request is not valid: ${fields}.`, details);
}

export function parseWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown): T {
  const result = v.safeParse(schema, input);
  if (!result.success) throw badRequest(result.issues);
  return result.output;
}

export async function readJson<T>(request: Request, schema: v.GenericSchema<unknown, T>): Promise<T> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new DomainError("BadRequest", 400, "The request body is not valid JSON.");
  }
  // valibot's object() would read an array as an object with no fields; every body here is an object.
  if (Array.isArray(body)) throw new DomainError("BadRequest", 400, "The request body must be a JSON object.", { body: "array" });
  return parseWith(schema, body);
}

export function errorBody(error: unknown): { status: number; body: ApiErrorBody } {
  const correlationId = newId();
  const timestamp = new Date().toISOString();
  if (error instanceof DomainError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, details: error.details, correlationId, traceId: newId(), timestamp } },
    };
  }
  console.error("[fake world] unexpected failure", error);
  return {
    status: 500,
    body: { error: { code: "InternalServerError", message: "The fake world failed unexpectedly.", correlationId, timestamp } },
  };
}

/** Wraps a resolver so that any failure becomes a typed JSON error response. */
// oxlint-disable-next-line no-explicit-any -- msw infers the path params of each route
export function answering(resolver: HttpResponseResolver<any>): HttpResponseResolver<any> {
  return async (info) => {
    try {
      return await resolver(info);
    } catch (error) {
      const { status, body } = errorBody(error);
      return HttpResponse.json(body, { status });
    }
  };
}
