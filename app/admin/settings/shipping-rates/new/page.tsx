import type { Metadata } from "next";
import { RateGroupForm } from "@/components/settings/rate-group-form";
import { requireBrandPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "New shipping rate group" };

export default async function NewRateGroupPage() {
  const ctx = await requireBrandPage("settings.manage");
  return (
    <>
      <h2 className="mb-4 text-lg font-semibold">New shipping rate group</h2>
      <RateGroupForm defaultValues={{ name: "", currency: ctx.brand.defaultCurrency, country: "", rates: [{ name: "Standard", minAmount: "", maxAmount: "", fee: "" }] }} />
    </>
  );
}
