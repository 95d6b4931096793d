// Identifiers the fake world hands out. Graph ids are GUIDs; tickets and codes are opaque and unguessable.
export const newId = (): string => crypto.randomUUID();

export function newOpaqueToken(bytes = 24): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return base64url(buffer);
}

export function base64url(data: Uint8Array | string): string {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
