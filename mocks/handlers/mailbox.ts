// The simulated mailboxes: demos and tests read invitations from here, in any tab.
import { http, HttpResponse } from "msw";
import { emailAddress } from "../../src/api/contract";
import { mailboxView } from "../domain/mail";
import { answering, parseWith } from "./http";
import type { FakeWorldOptions } from "./options";

export function mailboxHandlers({ world, appOrigin }: FakeWorldOptions) {
  return [
    http.get(
      `${appOrigin}/api/mailbox/:address`,
      answering(({ params }) => {
        const address = parseWith(emailAddress, String(params.address));
        return HttpResponse.json(world.read((state, ctx) => mailboxView(state, address, ctx.appOrigin, ctx.now)));
      }),
    ),
  ];
}
