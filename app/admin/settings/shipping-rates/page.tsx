import type { Metadata } from "next";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { DeleteRateGroupButton } from "@/components/settings/settings-buttons";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBrandPage } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/money/format";
import { listRateGroups } from "@/lib/shipping-rates/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.shippingRates");
  return { title: t("metaTitle") };
}

export default async function ShippingRatesPage() {
  const ctx = await requireBrandPage("settings.manage");
  const groups = await listRateGroups(ctx.brand.id);
  const [t, locale] = await Promise.all([getTranslations("settings.shippingRates"), getLocale()]);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale);
  function range(min: number | null, max: number | null, currency: string) {
    if (min === null && max === null) return t("anyAmount");
    if (max === null) return t("andOver", { min: money(min!, currency) });
    if (min === null) return t("upTo", { max: money(max, currency) });
    return t("between", { min: money(min, currency), max: money(max, currency) });
  }
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <Link href="/admin/settings/shipping-rates/new" className="inline-flex h-10 shrink-0 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
          {t("new")}
        </Link>
      </div>
      {groups.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table data-testid="rate-groups">
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("currency")}</Th>
              <Th>{t("country")}</Th>
              <Th>{t("rates")}</Th>
              <Th>{t("usedBy")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {groups.map((g) => (
              <tr key={g.id}>
                <Td>
                  <Link href={`/admin/settings/shipping-rates/${g.id}`} className="font-medium text-brand-700 hover:underline">
                    {g.name}
                  </Link>
                </Td>
                <Td>{g.currency}</Td>
                <Td>{g.country ?? t("allCountries")}</Td>
                <Td>
                  <ul className="space-y-0.5">
                    {g.rates.map((r) => (
                      <li key={r.id}>
                        {t("rate", { name: r.name, fee: money(r.fee, g.currency) })} <span className="text-xs text-slate-500">({range(r.minAmount, r.maxAmount, g.currency)})</span>
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td className="text-xs text-slate-600">{t("usage", { links: g._count.orderLinks, catalogs: g._count.catalogs })}</Td>
                <Td className="text-right">
                  <DeleteRateGroupButton id={g.id} name={g.name} links={g._count.orderLinks} catalogs={g._count.catalogs} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
