import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { getDashboardCounts } from "@/lib/dashboard/queries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const ctx = await requireBrandPage();
  const counts = await getDashboardCounts(ctx.brand.id);
  const tiles = [
    { label: "Open order links", value: counts.openLinks },
    { label: "Connected buyers", value: counts.connectedBuyers },
    { label: "Orders waiting for an OC", value: counts.awaitingOc },
    { label: "Not Yet Released", value: counts.toShip },
    { label: "Failed to Release", value: counts.failedToRelease },
    { label: "Open or Limited catalogs", value: counts.openCatalogs },
  ];
  return (
    <>
      <PageHeader title={ctx.brand.name} description="What needs your attention today." />
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {tiles.map((tile) => (
          <Card key={tile.label} className="p-5">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums" data-testid={`count-${tile.label}`}>
              {tile.value.toLocaleString("en")}
            </dd>
          </Card>
        ))}
      </dl>
    </>
  );
}
