import "server-only";
// Page guards: send signed-out visitors to sign-in and people without access elsewhere.
import { notFound, redirect } from "next/navigation";
import { getBrandContext, getBuyerContext, getSessionUser, type BrandContext, type BuyerContext } from "./context";
import { can, type Permission } from "./roles";

export async function requireBrandPage(permission?: Permission): Promise<BrandContext> {
  if (!(await getSessionUser())) redirect("/signin");
  const ctx = await getBrandContext();
  if (!ctx) redirect((await getBuyerContext()) ? "/buyer" : "/signin");
  if (permission && !can(ctx.role, permission)) notFound();
  return ctx;
}

export async function requireBuyerPage(): Promise<BuyerContext> {
  if (!(await getSessionUser())) redirect("/signin");
  const ctx = await getBuyerContext();
  if (!ctx) redirect((await getBrandContext()) ? "/admin" : "/signin");
  return ctx;
}

/** Where a signed-in user belongs by default. */
export async function homePathFor(): Promise<string> {
  if (await getBrandContext()) return "/admin";
  if (await getBuyerContext()) return "/buyer";
  return "/signin";
}
