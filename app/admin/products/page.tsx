import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/catalogs/search-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { TabsNav } from "@/components/ui/tabs-nav";
import { requireBrandPage } from "@/lib/auth/guards";
import { fileUrl } from "@/lib/storage/storage";
import { pageParams } from "@/lib/pagination/page-params";
import { readListQuery } from "@/lib/pagination/search-text";
import { listProducts } from "@/lib/products/queries";
import { parseProductListFilters } from "@/lib/products/schemas";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireBrandPage("catalogs.manage");
  const { values: search, cut } = readListQuery(await searchParams);
  const { q, status } = parseProductListFilters(search);
  const page = pageParams(search);
  const { total, rows } = await listProducts(ctx.brand.id, { q, status }, page);
  const tab = (value: string, label: string) => ({
    label,
    href: `/admin/products?${new URLSearchParams({ ...(value !== "active" ? { status: value } : {}), ...(q ? { q } : {}) })}`,
    active: status === value,
  });
  return (
    <>
      <PageHeader
        title="Products"
        description="Products and their SKUs, prices and stock."
        actions={
          <>
            <Link href="/admin/products/import" className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
              Import / Export
            </Link>
            <Link href="/admin/products/new" className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
              New product
            </Link>
          </>
        }
      />
      <TabsNav label="Product status" tabs={[tab("active", "Active"), tab("archived", "Archived"), tab("all", "All")]} />
      <SearchForm action="/admin/products" q={q} label="Search products" placeholder="Name, product ID / model number, or SKU code" keep={{ status: status === "active" ? undefined : status }} cut={cut.includes("q")} />
      {rows.length === 0 ? (
        <EmptyState title={q ? "No products match your search." : "No products yet."}>
          {q ? "Try a product ID, a SKU code or part of the name." : <Link className="text-brand-700 underline" href="/admin/products/new">Create your first product</Link>}
        </EmptyState>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th><span className="sr-only">Image</span></Th>
                <Th>Product ID</Th>
                <Th>Name</Th>
                <Th className="text-right">SKUs</Th>
                <Th className="text-right">Stock</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <Td className="w-12">
                    {p.images[0] ? (
                      // eslint-disable-next-line @next/next/no-img-element -- stored uploads
                      <img src={fileUrl(p.images[0].file.key)} alt="" className="size-10 rounded object-cover" />
                    ) : (
                      <div className="size-10 rounded bg-slate-100" aria-hidden />
                    )}
                  </Td>
                  <Td className="font-mono text-xs">{p.productCode}</Td>
                  <Td>
                    <Link href={`/admin/products/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    {!p.deliveryName && <span className="ml-2 text-xs text-amber-700">No delivery name</span>}
                  </Td>
                  <Td className="text-right tabular-nums">{p.skuCount}</Td>
                  <Td className="text-right tabular-nums">{p.totalStock.toLocaleString("en")}</Td>
                  <Td>{p.archivedAt ? <Badge>Archived</Badge> : <Badge tone="green">Active</Badge>}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination pathname="/admin/products" search={search} page={page.page} pageSize={page.pageSize} total={total} />
        </>
      )}
    </>
  );
}
