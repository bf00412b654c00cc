// Read-your-writes with replicas: a session that just wrote reads the primary for a short window.
// Every server action (lib/actions/action-client.ts) marks its session in a cookie before it runs;
// while the mark is fresh, `readPrisma()` (lib/db/replica.ts) answers from the primary, in the
// same request (the page Next renders after the action sees the cookie) and in the next ones,
// on any app instance, for at least half the window after the session's last write. Half the
// window must exceed the replicas' usual replay lag; set it with DATABASE_REPLICA_STICKY_SECONDS
// (default 10). Nothing is marked when no replica is configured.
import { cookies } from "next/headers";
import { requestIsHttps } from "@/lib/http/cookie-security";

export const FRESH_READS_COOKIE = "wl_fresh_reads";

function windowMs(env: Partial<Record<string, string>> = process.env): number {
  const seconds = Number(env.DATABASE_REPLICA_STICKY_SECONDS ?? 10);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : 10) * 1000;
}

/** Until when this session reads the primary, or null outside a request or without a mark. */
async function markedUntil(): Promise<number | null> {
  try {
    const value = (await cookies()).get(FRESH_READS_COOKIE)?.value;
    return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
  } catch {
    // Outside a request (scripts, job workers, cached scopes): no session to keep fresh.
    return null;
  }
}

/** True while the mark of this session's last write is fresh (a mark beyond the window is not ours). */
export async function sessionWroteRecently(now = Date.now()): Promise<boolean> {
  const until = await markedUntil();
  return until !== null && until > now && until - now <= windowMs();
}

/**
 * Marks this session as having written now (no-op where cookies cannot be set, e.g. a page render).
 * A mark with at least half its window left is kept as it is: it covers this write for that half,
 * and a cookie written in a server action makes Next.js render the page again into the action's
 * answer, so a session acting several times a second would otherwise get a page with every answer.
 * After its last write a session reads the primary for at least half the window.
 */
export async function markSessionWrote(now = Date.now()): Promise<void> {
  const window = windowMs();
  if (window === 0) return;
  const until = await markedUntil();
  if (until !== null && until - now >= window / 2 && until - now <= window) return;
  try {
    (await cookies()).set(FRESH_READS_COOKIE, String(now + window), {
      httpOnly: true,
      sameSite: "lax",
      secure: await requestIsHttps(),
      path: "/",
      maxAge: Math.ceil(window / 1000),
    });
  } catch {
    // Not in a server action or route handler.
  }
}
