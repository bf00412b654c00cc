// Ids for rows written with raw SQL (Prisma makes its cuids in the client, so raw inserts make
// theirs here): unique and roughly time-ordered, like the cuids beside them.
import { randomBytes } from "node:crypto";

let counter = 0;
export function newId(): string {
  counter = (counter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}
