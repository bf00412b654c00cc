import "server-only";
// A secret checked under both limits: the per-address one (this client and this target, a hard
// lock for a while) and the target's ceiling (every client together, a growing wait). Tries are
// taken before the secret is checked, so parallel guesses cannot slip past either; a try one limit
// refused is given back to the other. Used by /signin and the link pages' passcode and logins.
import { claimTripNotice, giveBackTargetTry, takeTargetTry, type CeilingRule } from "./target-ceiling";
import { clearFailures, giveBackAttempt, takeAttempt, type RateLimitRule } from "./rate-limit";

export type CeilingTarget = {
  key: string;
  rule: CeilingRule;
  /** Tells the target's owner that its ceiling tripped; called once per streak, after a failure. */
  onTrip?: () => Promise<void>;
};

export type GuardedResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "wrong" }
  /** This client tried too often: the per-address limit. */
  | { ok: false; reason: "clientLimited"; waitMs: number }
  /** The target was tried too often from anywhere: its ceiling. */
  | { ok: false; reason: "targetLimited"; waitMs: number };

export async function guardedCheck<T>(input: { client: { key: string; rule: RateLimitRule }; target: CeilingTarget | null; check: () => Promise<T | null> }): Promise<GuardedResult<T>> {
  const { client, target } = input;
  const clientWait = await takeAttempt(client.key, client.rule);
  if (clientWait > 0) return { ok: false, reason: "clientLimited", waitMs: clientWait };
  if (target) {
    const taken = await takeTargetTry(target.key, target.rule);
    if (!taken.allowed) {
      await giveBackAttempt(client.key);
      return { ok: false, reason: "targetLimited", waitMs: taken.waitMs };
    }
  }
  const value = await input.check();
  if (value !== null) {
    await clearFailures(client.key);
    if (target) await giveBackTargetTry(target.key, target.rule);
    return { ok: true, value };
  }
  if (target?.onTrip && (await claimTripNotice(target.key, target.rule))) {
    try {
      await target.onTrip();
    } catch (error) {
      // The refusal stands; only the owner's notice is lost.
      console.error("[target-ceiling] Could not tell the owner that a sign-in ceiling tripped", error);
    }
  }
  return { ok: false, reason: "wrong" };
}
