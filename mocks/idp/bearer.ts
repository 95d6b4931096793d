// Who may call the fake Graph: any bearer token the fake Entra signed and that has not expired by the
// world's clock (the audience is not checked: the fake serves one resource, decision 0030). Graph refuses
// anything else with 401 InvalidAuthenticationToken and the messages below.
import { createLocalJWKSet, jwtVerify, SignJWT } from "jose";
import type { World } from "../db";
import { authorityFor } from "../domain/accounts";
import { DomainError } from "../domain/errors";
import type { WorldState } from "../domain/state";
import { ensureSigningKey, jwks } from "./tokens";

/** Why Graph refuses the `Authorization` header, or undefined when the token is good. */
export async function bearerTokenProblem(
  state: Readonly<WorldState>,
  authorization: string | null,
  now: Date,
): Promise<string | undefined> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!token) return "Access token is empty.";
  if (token.split(".").length !== 3) return "IDX14100: JWT is not well formed, there are no dots (.).";
  if (!state.signingKey) return "Access token validation failure. Invalid signature.";
  try {
    await jwtVerify(token, createLocalJWKSet(jwks(state.signingKey) as never), { algorithms: ["RS256"], currentDate: now });
    return undefined;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_JWT_EXPIRED") return "Lifetime validation failed, the token is expired.";
    return "Access token validation failure. Invalid signature.";
  }
}

/** Graph's resource id, the audience of the tokens the demo admin calls Graph with. */
export const GRAPH_RESOURCE = "https://graph.microsoft.com";
const ADMIN_TOKEN_LIFETIME_SECONDS = 3600;

/**
 * A delegated token of the resource tenant's admin (Megan Bowen) for Graph, as the fake Entra would issue
 * it: what the simulator's own admin page and invite console call Graph with (POST /api/demo/graph-token).
 */
export async function issueAdminGraphToken(world: World): Promise<{ accessToken: string; expiresOn: string }> {
  const key = await ensureSigningKey(world);
  const { tenantId, admin, now } = world.read((state, ctx) => ({
    tenantId: state.resourceTenantId,
    admin: state.members.find((m) => m.tenantId === state.resourceTenantId),
    now: ctx.now,
  }));
  if (!admin) throw new DomainError("AdminNotFound", 404, "The resource tenant has no admin to call Graph as.");
  const iat = Math.floor(now.getTime() / 1000);
  const accessToken = await new SignJWT({
    tid: tenantId,
    oid: admin.id,
    name: admin.displayName,
    upn: admin.mail,
    scp: "User.ReadWrite.All User.Invite.All",
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(authorityFor(tenantId))
    .setSubject(admin.id)
    .setAudience(GRAPH_RESOURCE)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + ADMIN_TOKEN_LIFETIME_SECONDS)
    .sign(key.privateKey);
  return { accessToken, expiresOn: new Date((iat + ADMIN_TOKEN_LIFETIME_SECONDS) * 1000).toISOString() };
}
