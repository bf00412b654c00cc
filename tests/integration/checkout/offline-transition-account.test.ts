// An offline buyer that becomes customer-owned on order completion: the ordering person's new
// account gets no password (never the order link's password), and the transition mail carries
// a single-use set-up link, stored only as its hash, instead of any password. The link's page
// sets the person's name and first password and signs them in to the Buyer App.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { resetPasswordAction, signInAction } from "@/lib/auth/actions";
import { getBuyerContext } from "@/lib/auth/context";
import { NO_PASSWORD, verifySecret } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { loginWithOfflineBuyerAction, placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { mailedToken } from "../../support/mailed-links";
import { actAs } from "../../support/next-request";
import { renderedMail } from "../../support/outbox";
import { checkoutInput, createLink, createLinkWorld } from "../link-access/link-fixtures";

describe("offline buyer transition", { timeout: 120_000 }, () => {
  it("the new account has no password; the mail carries a set-up link, never a password, and the link sets the first one", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { offlineBuyerTransition: true });
    await actAs(null);
    expect(await loginWithOfflineBuyerAction(link.token, { email: world.offlineLoginEmail, password: "offline-pass-1" })).toMatchObject({ ok: true });
    expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: [{ skuId: world.skus[0].id, quantity: 1 }] })).toMatchObject({ ok: true });
    expect(await placeLinkOrderAction(link.token, checkoutInput({ contactName: "Kai Offline" }))).toMatchObject({ ok: true });

    const user = await prisma.user.findUniqueOrThrow({ where: { email: world.offlineLoginEmail }, include: { buyerMemberships: true } });
    expect(user.passwordHash).toBe(NO_PASSWORD);
    expect(user.buyerMemberships).toMatchObject([{ buyerId: world.offlineBuyer.id, role: "OWNER" }]);
    // The order link's password opens nothing.
    expect(await signInAction({ email: world.offlineLoginEmail, password: "offline-pass-1" })).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });

    const mail = await renderedMail({ brandId: world.brand.id, template: "offlineBuyerTransition" });
    expect(mail.text).not.toContain("offline-pass-1");
    expect(mail.html).not.toContain("offline-pass-1");
    expect(JSON.stringify((await prisma.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } })).data)).not.toMatch(/password"\s*:/i);
    const token = await mailedToken({ id: mail.id }, "/reset-password");
    const stored = await prisma.passwordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ purpose: "SETUP", usedAt: null, tokenHash: createHash("sha256").update(token).digest("hex") });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(14 * 24 * 3_600_000);

    expect(await resetPasswordAction({ token, password: "Kai-first-pass-26", confirmPassword: "Kai-first-pass-26" })).toMatchObject({ ok: false, fieldErrors: { name: "Enter your name." } });
    expect(await resetPasswordAction({ token, name: "Kai Aoyama", password: "Kai-first-pass-26", confirmPassword: "Kai-first-pass-26" })).toEqual({ ok: true, data: { signedIn: true, redirectTo: "/" } });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.name).toBe("Kai Aoyama");
    expect(await verifySecret("Kai-first-pass-26", after.passwordHash)).toBe(true);
    expect(await getBuyerContext()).toMatchObject({ buyer: { id: world.offlineBuyer.id } });
    expect(await resetPasswordAction({ token, name: "Again", password: "Kai-other-pass-26", confirmPassword: "Kai-other-pass-26" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A first password is no news to its owner: no "password changed" mail.
    expect(await prisma.outboxEmail.count({ where: { to: world.offlineLoginEmail, template: "passwordChanged" } })).toBe(0);
  });
});
