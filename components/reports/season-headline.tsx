// The dashboard's first row for people who see Reports: the current season's ordered value,
// orders, units and buyers, and a sparkline of the last 30 days' value, linking to the report.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Sparkline } from "@/components/reports/charts/sparkline";
import { formatMeasure } from "@/components/reports/charts/format-measure";
import { reportFilterQuery, readReportFilters } from "@/lib/reports/filters";
import type { DashboardHeadline } from "@/lib/reports/types";

export async function SeasonHeadline({ headline }: { headline: DashboardHeadline }) {
  const [t, locale] = await Promise.all([getTranslations("reports.headline"), getLocale()]);
  const { filters } = readReportFilters({ catalog: headline.season?.catalogId }, { currency: headline.currency });
  const href = `/admin/reports?${reportFilterQuery(filters)}`;
  const money = (n: number) => formatMeasure(n, { measure: "value", currency: headline.currency, locale });
  const count = (n: number) => formatMeasure(n, { measure: "units", locale });
  const last30 = headline.last30Days.reduce((sum, d) => sum + d.value, 0);
  const figures = [
    { key: "value", label: t("value"), text: money(headline.totals.value) },
    { key: "orders", label: t("orders"), text: count(headline.totals.orders) },
    { key: "units", label: t("units"), text: count(headline.totals.units) },
    { key: "buyers", label: t("buyers"), text: count(headline.buyers) },
  ];
  return (
    <section aria-labelledby="season-headline" className="mb-6">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="season-headline" className="text-base font-semibold">
          {headline.season ? t("titleSeason", { season: headline.season.name }) : t("titleAll")}
        </h2>
        <Link href={href} className="text-sm text-brand-700 hover:underline">
          {t("open")}
        </Link>
      </div>
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
        {figures.map((f) => (
          <Card key={f.key} className="p-5">
            <dt className="text-sm text-slate-600">{f.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`headline-${f.key}`}>
              {f.text}
            </dd>
          </Card>
        ))}
        <Card className="p-5 sm:col-span-2 xl:col-span-1">
          <dt className="text-sm text-slate-600">{t("last30Days")}</dt>
          <dd className="mt-1 flex items-center justify-between gap-3">
            <span className="text-2xl font-semibold tabular-nums" data-testid="headline-last30">
              {money(last30)}
            </span>
            <Sparkline values={headline.last30Days.map((d) => d.value)} label={t("sparkline")} width={112} height={32} />
          </dd>
        </Card>
      </dl>
    </section>
  );
}
