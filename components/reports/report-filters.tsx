// The filter bar as a page shows it: the choices come from the server (currencies, catalogs,
// tags, the names of the chosen link and buyer), and the bar is remounted with each new address.
import { useLocale } from "next-intl";
import { checkoutCountries } from "@/lib/checkout/countries";
import { reportFilterQuery } from "@/lib/reports/filters";
import type { ReportContext } from "@/lib/reports/report-context";
import { ReportFilterBar } from "./report-filter-bar";

export function ReportFilters({ report, showTimeControls = false }: { report: ReportContext; showTimeControls?: boolean }) {
  const locale = useLocale();
  const { filters, errors, options, subjects, today } = report;
  const currencies = options.currencies.length ? options.currencies : [filters.currency];
  return (
    <ReportFilterBar
      key={reportFilterQuery(filters).toString()}
      showTimeControls={showTimeControls}
      filters={filters}
      errors={errors}
      currencies={currencies}
      catalogs={options.catalogs}
      tags={options.tags}
      countries={checkoutCountries(locale, filters.country)}
      link={subjects.link}
      buyer={subjects.buyer}
      today={today}
    />
  );
}
