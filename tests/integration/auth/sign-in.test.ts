import { describe, expect, it } from "vitest";
import { signInAction } from "@/lib/auth/actions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { prisma } from "@/lib/db/client";
import { createUser, FIXTURE_PASSWORD } from "../../support/fixtures";

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await createUser();
    expect(await verifyCredentials(user.email.toUpperCase(), FIXTURE_PASSWORD)).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    const user = await createUser();
    expect(await verifyCredentials(user.email, "wrong-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("nobody@test.example", FIXTURE_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("stores only a bcrypt hash of the password", async () => {
    const user = await createUser();
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(row.passwordHash).not.toContain(FIXTURE_PASSWORD);
  });

  it("locks an e-mail out of a client after 10 failures, even with the right password", async () => {
    const user = await createUser();
    await Promise.all(Array.from({ length: 10 }, () => verifyCredentials(user.email, "wrong-password")));
    expect(await verifyCredentials(user.email, FIXTURE_PASSWORD)).toMatchObject({ ok: false, reason: "clientLimited" });
  });

  it("the sign-in action explains a wrong password and validates the fields", async () => {
    const user = await createUser();
    const wrong = await signInAction({ email: user.email, password: "nope" });
    expect(wrong).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS", message: "The email address or password is incorrect." });
    const invalid = await signInAction({ email: "not-an-email", password: "" });
    expect(invalid).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: "Enter a valid email address.", password: "Enter your password." } });
  });

  it("the sign-in action only follows local callback URLs", async () => {
    const user = await createUser();
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD, callbackUrl: "/admin/links" })).toEqual({ ok: true, data: { redirectTo: "/admin/links" } });
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD, callbackUrl: "//evil.example" })).toEqual({ ok: true, data: { redirectTo: "/" } });
    expect(await signInAction({ email: user.email, password: FIXTURE_PASSWORD, callbackUrl: "/\\evil.example" })).toEqual({ ok: true, data: { redirectTo: "/" } });
  });
});
