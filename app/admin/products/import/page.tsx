import type { Metadata } from "next";
import Link from "next/link";
import { ImportPanel } from "@/components/catalogs/import-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { BASE_COLUMNS } from "@/lib/import/product-sheet";

export const metadata: Metadata = { title: "Import / Export products" };

const linkClass = "inline-flex h-9 items-center rounded-md px-3 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50";

export default async function ImportPage() {
  await requireBrandPage("catalogs.manage");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/products" className="text-brand-700 hover:underline">
          ← Products
        </Link>
      </p>
      <PageHeader title="Import / Export products" description="One row per SKU. Rows create or update products by Product ID and SKUs by SKU Code." />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <ImportPanel />
        <div className="space-y-6">
          <Card className="space-y-3 p-5">
            <h2 className="text-base font-semibold">Template</h2>
            <p className="text-sm text-slate-600">
              Columns: {BASE_COLUMNS.join(", ")}, then Wholesale Price and Retail Price per currency, e.g. &quot;Wholesale Price (JPY)&quot;. Stock is the quantity on hand after the import: it replaces the current stock, it is not added to it. A blank Stock or price cell keeps the current value.
            </p>
            <div className="flex flex-wrap gap-2">
              <a className={linkClass} href="/admin/products/export?template=1&format=csv" download>
                Download template (CSV)
              </a>
              <a className={linkClass} href="/admin/products/export?template=1&format=xlsx" download>
                Download template (XLSX)
              </a>
            </div>
          </Card>
          <Card className="space-y-3 p-5">
            <h2 className="text-base font-semibold">Export</h2>
            <p className="text-sm text-slate-600">All active products in the same format, ready to edit and import back (e.g. to update stock in bulk).</p>
            <div className="flex flex-wrap gap-2">
              <a className={linkClass} href="/admin/products/export?format=csv" download>
                Export CSV
              </a>
              <a className={linkClass} href="/admin/products/export?format=xlsx" download>
                Export XLSX
              </a>
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
