// The one way the SPA fetches: JSON in, schema-checked JSON out, and one error type for every failure.
import * as v from "valibot";
import { apiErrorBody, graphErrorBody, graphToken } from "./contract";
import { backendReady } from "./backend";
import { API_BASE, GRAPH_BASE } from "./endpoints";

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: Record<string, string> = {},
    readonly correlationId?: string,
    readonly timestamp?: string,
    readonly traceId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Node's fetch (tests) rejects relative URLs, so requests are made absolute against the page's origin. */
function absolute(path: string, base: "api" | "graph"): string {
  return base === "graph" ? `${GRAPH_BASE}${path}` : new URL(`${API_BASE}${path}`, window.location.origin).toString();
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
interface RequestOptions {
  method?: Method;
  body?: unknown;
  base?: "api" | "graph";
}

/**
 * Every request goes out here: after the backend can answer, and, for Graph, with the demo admin's bearer
 * token, fresh for each call (the fake clock may have jumped). `body` is the request's text, already encoded.
 */
async function send(path: string, init: Omit<RequestOptions, "body"> & { body?: string }): Promise<Response> {
  const authorization =
    init.base === "graph"
      ? `Bearer ${(await apiRequest("/demo/graph-token", graphToken, { method: "POST", body: {} })).accessToken}`
      : undefined;
  try {
    await backendReady();
    return await fetch(absolute(path, init.base ?? "api"), {
      method: init.method ?? "GET",
      headers: {
        ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(authorization ? { Authorization: authorization } : {}),
      },
      body: init.body,
    });
  } catch {
    throw new ApiError("NetworkError", 0, "The request did not reach the server.");
  }
}

/**
 * The answer as it came, errors included, for the studio's Graph console and invite composer, which show
 * it raw. A string body is sent as it is (the console's typed JSON); anything else is encoded as JSON.
 */
export async function rawRequest(path: string, init: RequestOptions = {}): Promise<{ status: number; body: unknown }> {
  const body = init.body === undefined || typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  const response = await send(path, { ...init, body });
  return { status: response.status, body: await response.json().catch(() => null) };
}

export async function apiRequest<T>(path: string, schema: v.GenericSchema<unknown, T>, init: RequestOptions = {}): Promise<T> {
  const response = await send(path, { ...init, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  if (response.status === 204) return v.parse(schema, undefined);
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    throw new ApiError(response.ok ? "BadResponse" : "NetworkError", response.status, "The answer was not JSON.");
  }
  if (!response.ok && init.base === "graph") {
    const parsed = v.safeParse(graphErrorBody, payload);
    if (!parsed.success) throw new ApiError("Unknown", response.status, `HTTP ${response.status}`);
    const { code, message, details = [], innerError } = parsed.output.error;
    const fields = Object.fromEntries(details.map((d) => [d.target ?? d.code, d.message]));
    throw new ApiError(code, response.status, message, fields, innerError?.["request-id"], innerError?.date);
  }
  if (!response.ok) {
    const parsed = v.safeParse(apiErrorBody, payload);
    if (!parsed.success) throw new ApiError("Unknown", response.status, `HTTP ${response.status}`);
    const { code, message, details, correlationId, timestamp, traceId } = parsed.output.error;
    throw new ApiError(code, response.status, message, details, correlationId, timestamp, traceId);
  }
  const parsed = v.safeParse(schema, payload);
  if (!parsed.success) throw new ApiError("BadResponse", response.status, "The answer did not match the contract.");
  return parsed.output;
}
