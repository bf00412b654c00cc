import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { RateGroupForm } from "@/components/settings/rate-group-form";
import { requireBrandPage } from "@/lib/auth/guards";
import { fromMinor } from "@/lib/money/format";
import { getRateGroup } from "@/lib/shipping-rates/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.shippingRates");
  return { title: t("editMetaTitle") };
}

export default async function RateGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("settings.manage");
  const { id } = await params;
  const group = await getRateGroup(ctx.brand.id, id);
  if (!group) notFound();
  const major = (v: number | null) => (v === null ? "" : String(fromMinor(v, group.currency)));
  return (
    <>
      <h2 className="mb-4 text-lg font-semibold">{group.name}</h2>
      <RateGroupForm
        id={group.id}
        defaultValues={{
          name: group.name,
          currency: group.currency,
          country: group.country ?? "",
          rates: group.rates.map((r) => ({ name: r.name, minAmount: major(r.minAmount), maxAmount: major(r.maxAmount), fee: major(r.fee) })),
        }}
      />
    </>
  );
}
