// Cursor pagination: a cursor is the last row's sort key (time and id) in base64url, so the next
// page starts strictly after it whatever was added or changed meanwhile: a stable order, no skips.
import { msg } from "@/lib/i18n/message-text";
import { apiError } from "./errors";

export type Cursor = { at: Date; id: string };

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    const date = typeof at === "string" ? new Date(at) : null;
    if (date && !Number.isNaN(date.getTime()) && typeof id === "string" && id.length > 0 && id.length <= 64) return { at: date, id };
  } catch {
    // falls through to the error below
  }
  throw apiError(400, "INVALID_CURSOR", "api.errors.invalidCursor", undefined, { cursor: msg("api.errors.invalidCursor") });
}

/** Rows after the cursor in (createdAt desc, id desc) order, as a Prisma where. */
export function afterCursor(cursor: Cursor | null) {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] };
}

/** A page of `limit` rows from `limit + 1` fetched: the extra row says there is a next page. */
export function pageOf<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null };
}
