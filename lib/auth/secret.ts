// The key that signs session cookies: AUTH_SECRET when set (required for several instances),
// else one generated once into the data folder so a fresh clone needs no configuration.
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

let generated: string | undefined;

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  generated ??= readOrCreateSecret(path.join(process.cwd(), ".data", "auth-secret"));
  return generated;
}

/**
 * The secret kept in `file`, created when missing. Several processes may start at once on a fresh
 * folder (test workers, a server and its prepare step): the file is written whole under a private
 * name, then linked into place, which fails for all but the first; everyone then reads the winner.
 */
export function readOrCreateSecret(file: string): string {
  try {
    return readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  return readSecret(file);
}

function readSecret(file: string): string {
  return readFileSync(file, "utf8").trim();
}
