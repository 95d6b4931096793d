// An injectable clock. The world stores an offset so a demo can jump ahead in time (expire a passcode);
// unit tests pass a fixed `base`.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function shiftedClock(base: Clock, offsetMs: number): Clock {
  return () => new Date(base().getTime() + offsetMs);
}
