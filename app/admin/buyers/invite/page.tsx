import type { Metadata } from "next";
import Link from "next/link";
import { InviteBuyerForm } from "@/components/buyers/invite-buyer-form";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Invite a buyer" };

export default async function InviteBuyerPage() {
  const ctx = await requireBrandPage("buyers.manage");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/buyers" className="text-brand-700 hover:underline">
          ← Buyers
        </Link>
      </p>
      <PageHeader title="Invite a buyer" description="The buyer gets an email with a link; when they accept, they appear as Connected with these trading terms." />
      <InviteBuyerForm currency={ctx.brand.defaultCurrency} />
    </>
  );
}
