import "server-only";
// After this browser's own password change (or "end other sessions") raised the user's
// session version, this session moves to the new version and stays signed in; every other one
// is now older and ends at its next request. The move is a grant only the server can sign.
import { updateSession } from "./auth";
import { sessionVersionGrant } from "./session-check";

export async function keepCurrentSession(userId: string, sessionVersion: number): Promise<void> {
  await updateSession(sessionVersionGrant(userId, sessionVersion) as never);
}
