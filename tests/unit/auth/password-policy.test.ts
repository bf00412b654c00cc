// The one password rule, as every form that sets a password applies it.
import { describe, expect, it } from "vitest";
import { passwordProblem, withNewPassword } from "@/lib/auth/password-policy";
import COMMON from "@/lib/auth/common-passwords.json";
import { z } from "zod";

const email = "hana.mori@shop.example";

describe("the password rule", () => {
  it.each([
    ["short", "auth.password.errors.tooShort|{\"min\":10}"],
    ["x".repeat(129), "auth.password.errors.tooLong|{\"max\":128}"],
    ["hana.mori@shop.example", "auth.password.errors.containsEmail"],
    ["HANA.MORI-garden-26", "auth.password.errors.containsEmail"],
    ["Password123", "auth.password.errors.common"],
    ["QWERTYUIOP", "auth.password.errors.common"],
    ["1q2w3e4r5t", "auth.password.errors.common"],
  ])("refuses %j", (password, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });

  it.each(["Plum-blossom-2027", "correct horse battery staple", "x".repeat(128), "日本語のパスワードです十文字"])("accepts %j", (password) => {
    expect(passwordProblem(password, email)).toBeNull();
  });

  it("a very short local part is not searched for; without an e-mail only length and the list apply", () => {
    expect(passwordProblem("abc-long-enough-1", "ab@shop.example")).toBeNull();
    expect(passwordProblem("hana.mori-2026", null)).toBeNull();
  });

  it("ships a few hundred common passwords, all 10 characters or more, lower case", () => {
    expect(COMMON.length).toBeGreaterThan(300);
    expect(COMMON.every((p) => p.length >= 10 && p === p.toLowerCase())).toBe(true);
  });

  it("forms check both fields against the rule at once", () => {
    const schema = withNewPassword({ name: z.string().min(1) });
    const result = schema.safeParse({ name: "", email, password: "password1234", confirmPassword: "password12345" });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]))).toMatchObject({
      password: "auth.password.errors.common",
      confirmPassword: "auth.password.errors.differ",
    });
  });
});
