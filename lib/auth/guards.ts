import "server-only";
// Page guards: send signed-out visitors to sign-in and people without access elsewhere.
import { notFound, redirect } from "next/navigation";
import { getBrandContext, getBuyerContext, getSessionUser, twoFactorSetupDue, type BrandContext, type BuyerContext } from "./context";
import { can, type Permission } from "./roles";
import { TWO_FACTOR_SETUP_PATH } from "./two-factor/requirement";

export async function requireBrandPage(permission?: Permission): Promise<BrandContext> {
  if (!(await getSessionUser())) redirect("/signin");
  const ctx = await getBrandContext();
  if (!ctx) redirect(await elsewhereThanBrand());
  if (permission && !can(ctx.role, permission)) notFound();
  return ctx;
}

export async function requireBuyerPage(): Promise<BuyerContext> {
  if (!(await getSessionUser())) redirect("/signin");
  const ctx = await getBuyerContext();
  if (!ctx) redirect((await getBrandContext()) ? "/admin" : "/signin");
  return ctx;
}

/** Where staff without a brand context go: set-up when their brand requires 2FA, else the Buyer App or sign-in. */
async function elsewhereThanBrand(): Promise<string> {
  if (await twoFactorSetupDue()) return TWO_FACTOR_SETUP_PATH;
  return (await getBuyerContext()) ? "/buyer" : "/signin";
}

/** Where a signed-in user belongs by default. */
export async function homePathFor(): Promise<string> {
  if (await getBrandContext()) return "/admin";
  if (await twoFactorSetupDue()) return TWO_FACTOR_SETUP_PATH;
  if (await getBuyerContext()) return "/buyer";
  return "/signin";
}
