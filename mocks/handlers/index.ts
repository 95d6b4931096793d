// Every handler of the fake world, in one list: the browser worker and the node server use the same.
import { apiGuardHandler, apiNotFoundHandler } from "./api-guard";
import { demoHandlers } from "./demo";
import { faultHandler } from "./faults";
import { graphHandlers } from "./graph";
import { guestSettingsHandlers } from "./guest-settings";
import { idpHandlers } from "./idp";
import { mailboxHandlers } from "./mailbox";
import type { FakeWorldOptions } from "./options";
import { redemptionHandlers } from "./redemption";
import { unhandledHandler } from "./unhandled";

export type { FakeWorldOptions } from "./options";

export function createHandlers(options: FakeWorldOptions) {
  return [
    apiGuardHandler(options),
    faultHandler(options),
    ...redemptionHandlers(options),
    ...mailboxHandlers(options),
    ...guestSettingsHandlers(options),
    ...demoHandlers(options),
    ...graphHandlers(options),
    ...idpHandlers(options),
    apiNotFoundHandler(options),
    unhandledHandler(options),
  ];
}
