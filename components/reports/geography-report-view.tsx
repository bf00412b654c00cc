// Geography of the shipping addresses: countries first, then the prefectures / states within each
// country (only the chosen one when the report is filtered by country).
import { useLocale, useTranslations } from "next-intl";
import { ChartWithTable } from "@/components/reports/charts/chart-with-table";
import { RankingBarChart } from "@/components/reports/charts/ranking-bar-chart";
import { countryName } from "@/lib/checkout/countries";
import { reportFilterQuery, type ReportFilters } from "@/lib/reports/filters";
import type { GeographyReport } from "@/lib/reports/types";
import { ExportLinks } from "./export-links";
import { ReportSection } from "./report-section";

export function GeographyReportView({ report, filters }: { report: GeographyReport; filters: ReportFilters }) {
  const t = useTranslations("reports.geography");
  const locale = useLocale();
  const currency = filters.currency;
  const measures = [{ header: t("orders"), measure: "orders" as const }, { header: t("units"), measure: "units" as const }, { header: t("value"), measure: "value" as const, currency }];
  const countries = report.countries.map((c) => ({ ...c, name: countryName(c.country, locale) }));
  const regionName = (region: string) => region || t("noRegion");
  return (
    <>
      <ReportSection testId="countries-report" actions={<ExportLinks report="countries" filters={filters} name={t("countriesTitle")} />}>
        <ChartWithTable
          title={t("countriesTitle")}
          description={t("countriesDescription")}
          chart={<RankingBarChart items={countries.map((c) => ({ label: c.name, value: c.value }))} measure="value" currency={currency} locale={locale} />}
          columns={[{ header: t("country") }, ...measures]}
          rows={countries.map((c) => [c.name, c.orders, c.units, c.value])}
          rowHrefs={countries.map((c) => `/admin/reports/geography?${reportFilterQuery({ ...filters, country: c.country })}`)}
          locale={locale}
          emptyText={t("empty")}
        />
      </ReportSection>
      {countries.length > 0 && (
        <ReportSection testId="regions-report" actions={<ExportLinks report="regions" filters={filters} name={t("regionsTitle")} />}>
          <div className="space-y-4">
            {countries.map((c) => {
              const regions = report.regions.filter((r) => r.country === c.country);
              if (regions.length === 0) return null;
              return (
                <ChartWithTable
                  key={c.country}
                  title={t("regionsOf", { country: c.name })}
                  headingLevel={3}
                  chart={<RankingBarChart items={regions.map((r) => ({ label: regionName(r.region), value: r.value }))} measure="value" currency={currency} locale={locale} />}
                  columns={[{ header: t("region") }, ...measures]}
                  rows={regions.map((r) => [regionName(r.region), r.orders, r.units, r.value])}
                  locale={locale}
                />
              );
            })}
          </div>
        </ReportSection>
      )}
    </>
  );
}
