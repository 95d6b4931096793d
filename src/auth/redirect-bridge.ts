// Entry of redirect.html only. Never imported by the app (importing it into the main bundle breaks routing).
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = `Sign-in could not be completed: ${String((error as { errorCode?: string })?.errorCode ?? error)}`;
});
