import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { getDashboardCounts } from "@/lib/dashboard/queries";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

const TILES = ["openLinks", "connectedBuyers", "awaitingOc", "toShip", "failedToRelease", "openCatalogs"] as const;

export default async function DashboardPage() {
  const ctx = await requireBrandPage();
  const [counts, t, format] = await Promise.all([getDashboardCounts(ctx.brand.id), getTranslations("dashboard"), getFormatter()]);
  return (
    <>
      <PageHeader title={ctx.brand.name} description={t("description")} />
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {TILES.map((tile) => (
          <Card key={tile} className="p-5">
            <dt className="text-sm text-slate-600">{t(`tiles.${tile}`)}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums" data-testid={`count-${tile}`}>
              {format.number(counts[tile])}
            </dd>
          </Card>
        ))}
      </dl>
    </>
  );
}
