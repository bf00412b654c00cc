import "server-only";
// The Owner's "Require two-factor authentication for all staff": a member of such a brand without
// 2FA has no brand context (lib/auth/context), so every admin page, route and brand action refuses
// them; pages send them to the set-up page, which with sign-out and the language switch stays open.
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { msg } from "@/lib/i18n/message-text";

export const TWO_FACTOR_SETUP_PATH = "/account/two-factor";

/** Whether the user has two-factor authentication on (read once per request). */
export const hasTwoFactor = cache(async (userId: string): Promise<boolean> => {
  const row = await prisma.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(row?.enabledAt);
});

export async function awaitsTwoFactorSetup(membership: { user: { id: string }; brand: { requireTwoFactor: boolean } }): Promise<boolean> {
  return membership.brand.requireTwoFactor && !(await hasTwoFactor(membership.user.id));
}

export class TwoFactorSetupRequiredError extends AppError {
  constructor() {
    super("TWO_FACTOR_SETUP_REQUIRED", msg("auth.twoFactor.errors.setupRequired"));
  }
}
