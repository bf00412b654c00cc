import { checkDatabase } from "@/lib/db/health";
import { queriesSent, queryStatsEnabled } from "@/lib/db/query-stats";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const stats = queryStatsEnabled ? { queries: queriesSent() } : {};
  return Response.json({ status: database.ok ? "ok" : "unavailable", database, ...stats }, { status: database.ok ? 200 : 503 });
}
