// A link's own orders and value, per currency, on its page (cancelled orders left out), with the
// way to the channel report filtered by the link.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { formatMeasure } from "@/components/reports/charts/format-measure";
import { Card } from "@/components/ui/card";
import type { Measures } from "@/lib/reports/types";

export function LinkFiguresCard({ linkId, figures }: { linkId: string; figures: ({ currency: string } & Measures)[] }) {
  const t = useTranslations("reports.linkFigures");
  const locale = useLocale();
  return (
    <Card className="p-5" data-testid="link-figures">
      <h2 className="mb-3 text-base font-semibold">{t("title")}</h2>
      {figures.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <dl className="space-y-3">
          {figures.map((f) => (
            <div key={f.currency}>
              <dt className="text-xs font-medium text-slate-600">{f.currency}</dt>
              <dd className="text-lg font-semibold tabular-nums text-slate-900">{formatMeasure(f.value, { measure: "value", currency: f.currency, locale })}</dd>
              <dd className="text-sm text-slate-600">{t("counts", { orders: f.orders, units: f.units })}</dd>
            </div>
          ))}
        </dl>
      )}
      <Link href={`/admin/reports/channels?link=${encodeURIComponent(linkId)}${figures[0] ? `&currency=${figures[0].currency}` : ""}`} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
        {t("openReport")}
      </Link>
    </Card>
  );
}
