// The TOTP and recovery-code building blocks on a fixed clock; codes are made here with otplib
// from the secret, as an authenticator app would.
import { generate } from "otplib";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openSecret, sealSecret } from "@/lib/auth/two-factor/keys";
import { isRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, recoveryCodeMatches, storedRecoveryCode } from "@/lib/auth/two-factor/recovery-codes";
import { compactCode, groupedKey, isTotpCode, matchTotp, newTotpSecret, TOTP_PERIOD_SECONDS, totpUri } from "@/lib/auth/two-factor/totp";

const NOW = new Date("2026-03-02T09:00:10Z");
const epoch = (date: Date, steps = 0) => Math.floor(date.getTime() / 1000) + steps * TOTP_PERIOD_SECONDS;
const stepOf = (date: Date) => Math.floor(date.getTime() / 1000 / TOTP_PERIOD_SECONDS);
const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: epoch(NOW, steps) });

beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", "unit-test-auth-secret");
});

describe("TOTP", () => {
  it("accepts the current code and answers its time step", async () => {
    const secret = newTotpSecret();
    expect(await matchTotp(secret, await codeAt(secret), NOW, null)).toBe(stepOf(NOW));
  });

  it("accepts a code one step either side of now, not two", async () => {
    const secret = newTotpSecret();
    expect(await matchTotp(secret, await codeAt(secret, -1), NOW, null)).toBe(stepOf(NOW) - 1);
    expect(await matchTotp(secret, await codeAt(secret, 1), NOW, null)).toBe(stepOf(NOW) + 1);
    expect(await matchTotp(secret, await codeAt(secret, -2), NOW, null)).toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, 2), NOW, null)).toBeNull();
  });

  it("refuses a code of a time step already used, or an earlier one", async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret);
    const step = await matchTotp(secret, code, NOW, null);
    expect(await matchTotp(secret, code, NOW, step)).toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, -1), NOW, step)).toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, 1), NOW, step)).toBe(step! + 1);
  });

  it("refuses another secret's code and anything but six digits, without throwing", async () => {
    const secret = newTotpSecret();
    expect(await matchTotp(secret, await codeAt(newTotpSecret()), NOW, null)).toBeNull();
    for (const input of ["", "12345", "1234567", "abcdef", "12 34 5x", "１２３４５６", "<script>"]) {
      expect(await matchTotp(secret, input, NOW, null)).toBeNull();
    }
  });

  it("takes the code with the spaces or dash apps show", async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret);
    expect(isTotpCode(`${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true);
    expect(compactCode(`${code.slice(0, 3)}-${code.slice(3)}`)).toBe(code);
    expect(await matchTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, NOW, null)).toBe(stepOf(NOW));
  });

  it("offers the secret as an otpauth address and as a key in groups of four", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(groupedKey(secret).replace(/ /g, "")).toBe(secret);
    expect(groupedKey(secret)).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const uri = new URL(totpUri(secret, "Wholesale", "ann@shop.example"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Wholesale");
    expect(decodeURIComponent(uri.pathname)).toContain("ann@shop.example");
  });
});

describe("sealed secrets", () => {
  it("round-trips, never holds the secret in the clear, and differs each time", () => {
    const secret = newTotpSecret();
    const sealed = sealSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(sealSecret(secret)).not.toBe(sealed);
    expect(openSecret(sealed)).toBe(secret);
  });

  it("does not open under another auth secret, nor when altered", () => {
    const sealed = sealSecret(newTotpSecret());
    const [version, iv, tag, body] = sealed.split(".");
    const altered = [version, iv, tag, `${body.slice(0, -2)}${body.endsWith("AA") ? "BB" : "AA"}`].join(".");
    expect(() => openSecret(altered)).toThrow();
    vi.stubEnv("AUTH_SECRET", "another-auth-secret");
    expect(() => openSecret(sealed)).toThrow();
  });
});

describe("recovery codes", () => {
  it("makes ten different codes of two groups of five", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(isRecoveryCode(code)).toBe(true);
    }
  });

  it("reads a code typed in capitals or with spaces as the same code", () => {
    const [code] = newRecoveryCodes(1);
    expect(normalizeRecoveryCode(` ${code.toUpperCase().replace("-", " ")} `)).toBe(code.replace("-", ""));
    expect(recoveryCodeMatches(` ${code.toUpperCase().replace("-", " ")} `, storedRecoveryCode(code))).toBe(true);
  });

  it("stores a salted keyed hash: not the code, different for the same code, tied to the server's key", () => {
    const [a, b] = newRecoveryCodes(2);
    const stored = storedRecoveryCode(a);
    expect(stored.salt).toMatch(/^[0-9a-f]{8}$/);
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.codeHash).not.toContain(normalizeRecoveryCode(a));
    expect(storedRecoveryCode(a).codeHash).not.toBe(stored.codeHash);
    expect(recoveryCodeMatches(a, stored)).toBe(true);
    expect(recoveryCodeMatches(b, stored)).toBe(false);
    expect(recoveryCodeMatches("123456", stored)).toBe(false);
    vi.stubEnv("AUTH_SECRET", "another-auth-secret");
    expect(recoveryCodeMatches(a, stored)).toBe(false);
  });

  it("tells recovery codes from authenticator codes and from junk", () => {
    expect(isRecoveryCode("123456")).toBe(false);
    expect(isRecoveryCode("abcde-fghjk")).toBe(true);
    expect(isRecoveryCode("abcde-fghj0")).toBe(false);
    expect(isRecoveryCode("")).toBe(false);
    expect(isRecoveryCode("x".repeat(500))).toBe(false);
  });
});
