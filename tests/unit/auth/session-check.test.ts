// A session holds while it carries the user's current session version; the current session moves
// to a new version only with a grant the server signed.
import { describe, expect, it } from "vitest";
import { grantedSessionVersion, sessionStateOf, sessionVersionGrant } from "@/lib/auth/session-check";

describe("the session check", () => {
  it("a session of an older version is revoked; sessions from before versions hold version 0", () => {
    expect(sessionStateOf({ sessionVersion: 3 }, { sessionVersion: 3 })).toBe("active");
    expect(sessionStateOf({ sessionVersion: 2 }, { sessionVersion: 3 })).toBe("revoked");
    expect(sessionStateOf({}, { sessionVersion: 0 })).toBe("active");
    expect(sessionStateOf({}, { sessionVersion: 1 })).toBe("revoked");
  });

  it("honours only the server's grant, for the user it was made for", () => {
    const grant = sessionVersionGrant("user-1", 4);
    expect(grantedSessionVersion("user-1", grant)).toBe(4);
    expect(grantedSessionVersion("user-2", grant)).toBeNull();
    expect(grantedSessionVersion("user-1", { ...grant, sessionVersion: 5 })).toBeNull();
    expect(grantedSessionVersion("user-1", { sessionVersion: 4 })).toBeNull();
    expect(grantedSessionVersion("user-1", { sessionVersion: 4, proof: "forged" })).toBeNull();
    expect(grantedSessionVersion(undefined, grant)).toBeNull();
    expect(grantedSessionVersion("user-1", "4")).toBeNull();
  });
});
