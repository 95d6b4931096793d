import type { World } from "../db";

/** What every handler factory of the fake world is built from. */
export interface FakeWorldOptions {
  world: World;
  /** The simulator's origin: redeem links, the authorize page and the redemption API live here. */
  appOrigin: string;
  /** The simulator's app registration; id tokens must be issued to it. */
  clientId: string;
}
