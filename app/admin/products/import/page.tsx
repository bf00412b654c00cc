import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { ImportPanel } from "@/components/catalogs/import-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { BASE_COLUMNS, JAPANESE_COLUMNS, JAPANESE_PRICE_COLUMNS, sheetHeader } from "@/lib/import/product-sheet";
import { JAPANESE_RULE_COLUMNS, RULE_COLUMNS } from "@/lib/import/rule-columns";
import { PRODUCT_SALE_MODES } from "@/lib/products/sale-modes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("import.title") };
}

const linkClass = "inline-flex h-9 items-center rounded-md px-3 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50";

/** The Japanese headers a file may use: each column's first name, then the price and order-rule columns. */
const JAPANESE_HEADERS = [
  ...BASE_COLUMNS.map((c) => JAPANESE_COLUMNS[c][0]),
  `${JAPANESE_PRICE_COLUMNS.wholesale[0]} (JPY)`,
  `${JAPANESE_PRICE_COLUMNS.retail[0]} (JPY)`,
  ...RULE_COLUMNS.map((c) => JAPANESE_RULE_COLUMNS[c][0]),
];

export default async function ImportPage() {
  await requireBrandPage("catalogs.manage");
  const [t, tMode, format] = await Promise.all([getTranslations("products.import"), getTranslations("products.saleModes"), getFormatter()]);
  // "a, b, c" in English, "a、b、c" in Japanese.
  const list = (items: readonly string[]) => format.list(items, { type: "conjunction", style: "narrow" });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/products" className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <ImportPanel />
        <div className="space-y-6">
          <Card className="space-y-3 p-5">
            <h2 className="text-base font-semibold">{t("template")}</h2>
            <p className="text-sm text-slate-600">{t("templateHelp", { columns: list(BASE_COLUMNS), example: sheetHeader(["JPY"])[BASE_COLUMNS.length] })}</p>
            <p className="text-sm text-slate-600">
              {t("rulesHelp", { columns: list(RULE_COLUMNS), modes: list(PRODUCT_SALE_MODES.map((m) => t("quoted", { text: tMode(m) }))), example: t("prepackExample") })}
            </p>
            <p className="text-sm text-slate-600">{t("japaneseHeaders", { columns: list(JAPANESE_HEADERS) })}</p>
            <div className="flex flex-wrap gap-2">
              <a className={linkClass} href="/admin/products/export?template=1&format=csv" download>
                {t("downloadCsv")}
              </a>
              <a className={linkClass} href="/admin/products/export?template=1&format=xlsx" download>
                {t("downloadXlsx")}
              </a>
            </div>
          </Card>
          <Card className="space-y-3 p-5">
            <h2 className="text-base font-semibold">{t("export")}</h2>
            <p className="text-sm text-slate-600">{t("exportHelp")}</p>
            <div className="flex flex-wrap gap-2">
              <a className={linkClass} href="/admin/products/export?format=csv" download>
                {t("exportCsv")}
              </a>
              <a className={linkClass} href="/admin/products/export?format=xlsx" download>
                {t("exportXlsx")}
              </a>
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
