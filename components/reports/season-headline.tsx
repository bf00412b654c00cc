// The dashboard's first row for people who see Reports: the current season's ordered value,
// orders, units and buyers, and a sparkline of the last 30 days' value, linking to the report.
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { Sparkline } from "@/components/reports/charts/sparkline";
import { formatMeasure } from "@/components/reports/charts/format-measure";
import { HEADLINE_VALUE_CLASS, HeadlineFigureBox, HeadlineFigures } from "@/components/reports/headline-figures";
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
    { key: "value", label: t("value"), value: money(headline.totals.value) },
    { key: "orders", label: t("orders"), value: count(headline.totals.orders) },
    { key: "units", label: t("units"), value: count(headline.totals.units) },
    { key: "buyers", label: t("buyers"), value: count(headline.buyers) },
  ];
  const sparkline = (
    <HeadlineFigureBox label={t("last30Days")} className="col-span-2 lg:col-span-1">
      {/* The sparkline goes under the figure when the box is too narrow for both. */}
      <dd className="mt-1 flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <span className={cn("whitespace-nowrap", HEADLINE_VALUE_CLASS)} data-testid="headline-last30">
          {money(last30)}
        </span>
        <Sparkline values={headline.last30Days.map((d) => d.value)} label={t("sparkline")} width={112} height={32} />
      </dd>
    </HeadlineFigureBox>
  );
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
      <HeadlineFigures figures={figures} className="xl:grid-cols-5" extra={sparkline} />
    </section>
  );
}
