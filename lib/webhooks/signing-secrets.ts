// The secrets that sign an endpoint's requests now: its current one, and during the 24 hours after
// a rotation the previous one too (receivers switch over without missing an event).
import { openSigningSecret } from "./secret";

export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

type Sealed = { secret: string; previousSecret: string | null; rotationOverlapUntil: Date | null };

/** Plain secrets, current first; null when the current one cannot be opened. */
export function signingSecrets(endpoint: Sealed, now: Date): string[] | null {
  const current = openSigningSecret(endpoint.secret);
  if (!current) return null;
  const overlap = endpoint.previousSecret && endpoint.rotationOverlapUntil && endpoint.rotationOverlapUntil > now;
  const previous = overlap ? openSigningSecret(endpoint.previousSecret!) : null;
  return previous ? [current, previous] : [current];
}
