// Entry of redirect.html only. Never imported by the app (importing it into the main bundle breaks routing).
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";
import { errorCodeOf } from "./errorCode";

broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = `Sign-in could not be completed: ${errorCodeOf(error)}`;
});
