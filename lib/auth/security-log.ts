import "server-only";
// The security log of each user: sign-ins, wrong passwords, password changes and resets, other
// sessions signed out (and, later, two-factor changes: a new SecurityEventType value). Written
// only here, with the client address the app server decided and the browser's user agent; read
// by the user's profile page and, for staff, by the brand's Owner (lib/settings/member-security-log.ts).
// A wrong password for an e-mail with no account is not written anywhere: there is no user to log it for.
import { headers } from "next/headers";
import type { Tx } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import type { SecurityEventType } from "@/lib/db/generated/enums";
import { clientAddressOf, UNKNOWN_CLIENT } from "@/lib/http/client-address";

export type RequestClient = { address: string; userAgent: string | null };

const USER_AGENT_MAX = 300;

/** Who is asking, from the current request; outside a request (scripts), an unknown client. */
export async function currentClient(): Promise<RequestClient> {
  try {
    const h = await headers();
    return { address: clientAddressOf(h), userAgent: h.get("user-agent")?.slice(0, USER_AGENT_MAX) || null };
  } catch {
    return { address: UNKNOWN_CLIENT, userAgent: null };
  }
}

export async function recordSecurityEvent(db: Pick<Tx, "securityEvent">, event: { userId: string; type: SecurityEventType; client: RequestClient; at?: Date }) {
  await db.securityEvent.create({
    data: { userId: event.userId, type: event.type, clientAddress: event.client.address, userAgent: event.client.userAgent, createdAt: event.at },
  });
}

export type SecurityLogPage = Awaited<ReturnType<typeof securityLogOf>>;

/** One page of a user's log, newest first. */
export async function securityLogOf(userId: string, page: { skip: number; take: number }) {
  const [events, total] = await Promise.all([
    prisma.securityEvent.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, type: true, clientAddress: true, userAgent: true, createdAt: true },
    }),
    prisma.securityEvent.count({ where: { userId } }),
  ]);
  return { events, total };
}
