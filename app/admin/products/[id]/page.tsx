import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdjustStockDialog, ArchiveProductButton, ProductImages } from "@/components/catalogs/product-panels";
import { ProductForm } from "@/components/catalogs/product-form";
import { ProductRulesSummary } from "@/components/catalogs/product-rules-summary";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { fromMinor } from "@/lib/money/format";
import { getProduct, listStockMovements } from "@/lib/products/queries";
import { productRulesDefaults } from "@/lib/products/rules-defaults";
import { systemStockReason } from "@/lib/products/stock-reasons";
import { fileUrl } from "@/lib/storage/storage";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("products");
  return { title: t("detail.metaTitle") };
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireBrandPage("catalogs.manage");
  const { id } = await params;
  const product = await getProduct(ctx.brand.id, id);
  if (!product) notFound();
  const [t, format, movements] = await Promise.all([getTranslations("products.detail"), getFormatter(), listStockMovements(ctx.brand.id, id)]);
  const reason = (text: string) => {
    const system = systemStockReason(text);
    return system ? t(`movement.${system}`) : text;
  };
  const currencies = [...new Set(product.skus.flatMap((s) => s.prices.map((p) => p.currency)))];
  if (currencies.length === 0) currencies.push(ctx.brand.defaultCurrency);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/products" className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader
        title={product.name}
        description={t("productId", { code: product.productCode })}
        actions={
          <>
            {product.archivedAt && <Badge>{t("archived")}</Badge>}
            <ArchiveProductButton id={product.id} archived={Boolean(product.archivedAt)} />
          </>
        }
      />
      {/* One column up to 2xl: beside the panels, the SKU table would not fit a 1280 px screen. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 2xl:grid-cols-[minmax(0,1fr)_20rem]">
        <ProductForm
          id={product.id}
          defaultValues={{
            productCode: product.productCode,
            name: product.name,
            description: product.description ?? "",
            deliveryName: product.deliveryName ?? "",
            discountRate: product.discountRate?.toString() ?? "",
            currencies,
            skus: product.skus.map((s) => ({
              id: s.id,
              code: s.code,
              color: s.color,
              size: s.size,
              stockQuantity: s.stockQuantity,
              prices: currencies.map((c) => {
                const price = s.prices.find((p) => p.currency === c);
                return { currency: c, wholesalePrice: price ? String(fromMinor(price.wholesalePrice, c)) : "", retailPrice: price?.retailPrice != null ? String(fromMinor(price.retailPrice, c)) : "" };
              }),
            })),
            rules: productRulesDefaults(product),
          }}
        />
        <div className="space-y-6">
          <ProductRulesSummary rules={product} />
          <Card className="p-5">
            <h2 className="mb-3 text-base font-semibold">{t("images")}</h2>
            <ProductImages productId={product.id} images={product.images.map((i) => ({ id: i.id, url: fileUrl(i.file.key), name: i.file.originalName }))} />
          </Card>
          <Card className="p-5">
            <div className="mb-3 flex items-center justify-between">
              <h2 className="text-base font-semibold">{t("stock")}</h2>
              <AdjustStockDialog skus={product.skus.map((s) => ({ id: s.id, code: s.code, stockQuantity: s.stockQuantity }))} />
            </div>
            {movements.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noMovements")}</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="stock-movements">
                {movements.map((m) => (
                  <li key={m.id} className="flex justify-between gap-2">
                    <span className="truncate">
                      <span className="font-mono text-xs">{m.sku.code}</span> · {reason(m.reason)}
                    </span>
                    <span className={m.delta < 0 ? "tabular-nums text-red-700" : "tabular-nums text-emerald-700"}>{format.number(m.delta, { signDisplay: "exceptZero" })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
