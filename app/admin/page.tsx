import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card, PageHeader } from "@/components/ui/card";
import { SeasonHeadline } from "@/components/reports/season-headline";
import { requireBrandPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { getDashboardCounts } from "@/lib/dashboard/queries";
import { getDashboardHeadline } from "@/lib/reports/dashboard-report";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

const TILES = ["openLinks", "connectedBuyers", "awaitingOc", "toShip", "failedToRelease", "openCatalogs"] as const;

export default async function DashboardPage() {
  const ctx = await requireBrandPage();
  const [counts, headline, t, format] = await Promise.all([
    getDashboardCounts(ctx.brand.id),
    can(ctx.role, "reports.view") ? getDashboardHeadline(ctx.brand.id) : null,
    getTranslations("dashboard"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader title={ctx.brand.name} description={t("description")} />
      {headline ? <SeasonHeadline headline={headline} /> : null}
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
