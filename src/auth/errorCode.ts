// What an MSAL failure is called, in words: its `errorCode` when that is a string, else the error's own
// message, else "unknown_error" — never "[object Object]" (a non-string code reaches us from some paths).
export function errorCodeOf(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof code === "string" && code.length > 0) return code;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error.length > 0) return error;
  return "unknown_error";
}
