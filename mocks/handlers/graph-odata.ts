// The OData query options of Graph v1.0 for the user resource, as far as B2B admins use them: `$select`,
// `$filter` (eq and startswith on the properties Graph lets them filter without advanced queries), `$top`
// with `@odata.nextLink` paging, and `$count` with `ConsistencyLevel: eventual`. Anything else is Graph's 400,
// never a silently unfiltered list. Messages follow what Graph answers (decision 0030).
import { GRAPH_BASE } from "../../src/api/endpoints";
import { DomainError } from "../domain/errors";
import type { GuestUser } from "../domain/state";

/** Every property the fake Graph knows of a user; the first group is v1.0's default set. */
export function graphUserProperties(user: GuestUser): Record<string, unknown> {
  return {
    // Returned by default (GET /users, /users/{id} without $select).
    businessPhones: [],
    displayName: user.displayName,
    givenName: null,
    jobTitle: null,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: user.preferredLanguage ?? null,
    surname: null,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
    // Returned only on $select.
    accountEnabled: user.accountEnabled,
    createdDateTime: user.createdDateTime,
    creationType: "Invitation",
    deletedDateTime: user.deletedDateTime ?? null,
    externalUserState: user.externalUserState,
    externalUserStateChangeDateTime: user.externalUserStateChangeDateTime,
    identities: user.identities,
    otherMails: [user.mail],
    proxyAddresses: [`SMTP:${user.mail}`],
    userType: user.userType,
  };
}

const DEFAULT_PROPERTIES = [
  "businessPhones",
  "displayName",
  "givenName",
  "jobTitle",
  "mail",
  "mobilePhone",
  "officeLocation",
  "preferredLanguage",
  "surname",
  "userPrincipalName",
  "id",
];

/** The properties Graph filters with eq (and which also take startswith) without advanced queries. */
const FILTERABLE: Record<string, { startswith: boolean }> = {
  id: { startswith: false },
  mail: { startswith: true },
  userPrincipalName: { startswith: true },
  displayName: { startswith: true },
  userType: { startswith: false },
  externalUserState: { startswith: false },
  accountEnabled: { startswith: false },
  creationType: { startswith: false },
};

const PAGE_SIZE_LIMIT = 999;
const DEFAULT_PAGE_SIZE = 100;

function badRequest(code: string, message: string): DomainError {
  return new DomainError(code, 400, message);
}

/** `$select`: the listed properties, each known; without it, the default set. */
export function selectedProperties(query: URLSearchParams): string[] {
  const select = query.get("$select");
  if (select === null) return DEFAULT_PROPERTIES;
  const names = select
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const known = Object.keys(graphUserProperties(PROBE_USER));
  for (const name of names) {
    if (!known.includes(name)) throw badRequest("BadRequest", `Could not find a property named '${name}' on type 'microsoft.graph.user'.`);
  }
  return names;
}

/** A user as Graph returns it for this query: only the selected properties. */
export function projectUser(user: GuestUser, properties: readonly string[]): Record<string, unknown> {
  const all = graphUserProperties(user);
  return Object.fromEntries(properties.map((name) => [name, all[name]]));
}

/** `@odata.context` as Graph writes it, naming the selection. */
export function userContext(query: URLSearchParams, entity: boolean): string {
  const select = query.get("$select");
  const selection = select ? `(${select})` : "";
  return `${GRAPH_BASE.replace(/\/v1\.0$/, "")}/v1.0/$metadata#users${selection}${entity ? "/$entity" : ""}`;
}

// ---------------------------------------------------------------------------------------------------
// $filter: comparisons `prop eq literal` and `startswith(prop,'text')`, joined by and / or, with parentheses.

type Filter = (user: Record<string, unknown>) => boolean;

const TOKEN = /\s*(\(|\)|,|'(?:[^']|'')*'|[A-Za-z_][\w/]*|-?\d+(?:\.\d+)?)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(text);
    if (!match?.[1]) throw badRequest("BadRequest", "Invalid filter clause");
    tokens.push(match[1]);
  }
  return tokens;
}

function literal(token: string | undefined): string | boolean | number | null {
  if (token === undefined) throw badRequest("BadRequest", "Invalid filter clause");
  if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
  if (token === "true" || token === "false") return token === "true";
  if (token === "null") return null;
  if (/^-?\d/.test(token)) return Number(token);
  throw badRequest("BadRequest", "Invalid filter clause");
}

function unsupportedProperty(name: string): DomainError {
  return badRequest(
    "Request_UnsupportedQuery",
    `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.`,
  );
}

/** OData operator names as Graph reports an unsupported one ("Filter operator 'NotEqualsMatch' is not supported."). */
const OPERATOR_NAMES: Record<string, string> = {
  ne: "NotEqualsMatch",
  gt: "GreaterThan",
  ge: "GreaterThanOrEqual",
  lt: "LessThan",
  le: "LessThanOrEqual",
  has: "Has",
  in: "In",
};
const FUNCTION_NAMES: Record<string, string> = { endswith: "EndsWith", contains: "Contains" };

export function parseFilter(text: string): Filter {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const expect = (token: string) => {
    if (next() !== token) throw badRequest("BadRequest", "Invalid filter clause");
  };

  function comparison(): Filter {
    const head = next();
    if (head === "(") {
      const inner = disjunction();
      expect(")");
      return inner;
    }
    if (head === undefined) throw badRequest("BadRequest", "Invalid filter clause");
    if (head === "not") throw badRequest("Request_UnsupportedQuery", "Filter operator 'Not' is not supported.");
    const fn = head.toLowerCase();
    if (peek() === "(") {
      if (FUNCTION_NAMES[fn])
        throw badRequest("Request_UnsupportedQuery", `Unsupported property filter clause operator '${FUNCTION_NAMES[fn]}'.`);
      if (fn !== "startswith") throw badRequest("BadRequest", "Invalid filter clause");
      expect("(");
      const property = next() ?? "";
      expect(",");
      const prefix = literal(next());
      expect(")");
      if (!FILTERABLE[property]?.startswith || typeof prefix !== "string") throw unsupportedProperty(property);
      const wanted = prefix.toLowerCase();
      return (user) =>
        String(user[property] ?? "")
          .toLowerCase()
          .startsWith(wanted);
    }
    const property = head;
    const operator = next();
    if (operator === undefined) throw badRequest("BadRequest", "Invalid filter clause");
    if (OPERATOR_NAMES[operator])
      throw badRequest("Request_UnsupportedQuery", `Filter operator '${OPERATOR_NAMES[operator]}' is not supported.`);
    if (operator !== "eq") throw badRequest("BadRequest", "Invalid filter clause");
    const value = literal(next());
    if (!FILTERABLE[property]) throw unsupportedProperty(property);
    // Directory string comparisons ignore case.
    return (user) => {
      const actual = user[property];
      return typeof actual === "string" && typeof value === "string" ? actual.toLowerCase() === value.toLowerCase() : actual === value;
    };
  }

  function conjunction(): Filter {
    let left = comparison();
    while (peek() === "and") {
      next();
      const [a, b] = [left, comparison()];
      left = (user) => a(user) && b(user);
    }
    return left;
  }

  function disjunction(): Filter {
    let left = conjunction();
    while (peek() === "or") {
      next();
      const [a, b] = [left, conjunction()];
      left = (user) => a(user) || b(user);
    }
    return left;
  }

  const filter = disjunction();
  if (at !== tokens.length) throw badRequest("BadRequest", "Invalid filter clause");
  return filter;
}

// ---------------------------------------------------------------------------------------------------
// GET /users: filter, count, page.

const KNOWN_OPTIONS = ["$select", "$filter", "$top", "$count", "$skiptoken", "$orderby", "$search", "$expand"];

export function listUsers(users: readonly GuestUser[], url: URL, consistencyLevel: string | null): Record<string, unknown> {
  const query = url.searchParams;
  for (const key of query.keys()) {
    if (key.startsWith("$") && !KNOWN_OPTIONS.includes(key)) throw badRequest("BadRequest", `Query option '${key}' is not allowed.`);
  }
  if (query.has("$orderby")) throw badRequest("Request_UnsupportedQuery", "Sorting not supported for current query.");
  if (query.has("$search") && consistencyLevel?.toLowerCase() !== "eventual") {
    throw badRequest(
      "Request_UnsupportedQuery",
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  // Graph serves these; the simulator does not model them, and says so rather than ignoring them.
  for (const option of ["$search", "$expand"]) {
    if (query.has(option))
      throw badRequest("Request_UnsupportedQuery", `Query option '${option}' is not supported on users by this simulator.`);
  }
  const properties = selectedProperties(query);
  const filterText = query.get("$filter");
  const filter = filterText ? parseFilter(filterText) : () => true;
  const matching = users.filter((user) => filter(graphUserProperties(user)));

  const count = query.get("$count");
  if (count !== null && count !== "true" && count !== "false") throw badRequest("BadRequest", "Invalid value for $count.");
  const counted = count === "true";
  if (counted && consistencyLevel?.toLowerCase() !== "eventual")
    throw badRequest("Request_BadRequest", "$count is not currently supported.");

  const top = query.get("$top");
  const pageSize = top === null ? DEFAULT_PAGE_SIZE : Number(top);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PAGE_SIZE_LIMIT) {
    throw badRequest(
      "Request_UnsupportedQuery",
      `Invalid page size specified: '${top}'. Must be between 1 and ${PAGE_SIZE_LIMIT} inclusive.`,
    );
  }
  const skip = readSkipToken(query.get("$skiptoken"));
  const page = matching.slice(skip, skip + pageSize);
  let nextLink: string | undefined;
  if (skip + pageSize < matching.length) {
    const next = new URL(url.href);
    next.searchParams.set("$skiptoken", btoa(`offset:${skip + pageSize}`));
    nextLink = next.href;
  }
  return {
    "@odata.context": userContext(query, false),
    ...(counted ? { "@odata.count": matching.length } : {}),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
    value: page.map((user) => projectUser(user, properties)),
  };
}

/** GET /users/$count: a plain number, only with ConsistencyLevel: eventual. */
export function countUsers(users: readonly GuestUser[], url: URL, consistencyLevel: string | null): number {
  if (consistencyLevel?.toLowerCase() !== "eventual") {
    throw badRequest(
      "Request_UnsupportedQuery",
      "Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information",
    );
  }
  const filterText = url.searchParams.get("$filter");
  const filter = filterText ? parseFilter(filterText) : () => true;
  return users.filter((user) => filter(graphUserProperties(user))).length;
}

function readSkipToken(token: string | null): number {
  if (token === null) return 0;
  try {
    const match = /^offset:(\d+)$/.exec(atob(token));
    if (match) return Number(match[1]);
  } catch {
    // not base64: the same answer as a forged token
  }
  throw badRequest("Directory_InvalidSkipToken", "The skip token is not valid.");
}

/** A user with every property, to list the property names. */
const PROBE_USER: GuestUser = {
  id: "",
  tenantId: "",
  displayName: "",
  mail: "",
  userPrincipalName: "",
  userType: "Guest",
  externalUserState: "PendingAcceptance",
  externalUserStateChangeDateTime: "",
  identities: [],
  mfaMethods: [],
  accountEnabled: true,
  createdDateTime: "",
};
