import type { Metadata } from "next";
import Link from "next/link";
import { OfflineBuyerForm } from "@/components/buyers/offline-buyer-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Create offline buyer" };

export default async function NewOfflineBuyerPage() {
  const ctx = await requireBrandPage("buyers.manage");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/buyers" className="text-brand-700 hover:underline">
          ← Buyers
        </Link>
      </p>
      <PageHeader title="Create offline buyer" description="A buyer your brand manages. It is connected to your brand at once." />
      <OfflineBuyerForm homeCountry={ctx.brand.homeCountry} currency={ctx.brand.defaultCurrency} />
    </>
  );
}
