import type { Metadata } from "next";
import Link from "next/link";
import { DeleteRateGroupButton } from "@/components/settings/settings-buttons";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireBrandPage } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/money/format";
import { listRateGroups } from "@/lib/shipping-rates/queries";

export const metadata: Metadata = { title: "Shipping Rate Groups" };

function range(min: number | null, max: number | null, currency: string) {
  if (min === null && max === null) return "Any order amount";
  if (max === null) return `${formatMoney(min!, currency)} and over`;
  if (min === null) return `Up to ${formatMoney(max, currency)}`;
  return `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
}

export default async function ShippingRatesPage() {
  const ctx = await requireBrandPage("settings.manage");
  const groups = await listRateGroups(ctx.brand.id);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-slate-600">Rate groups are chosen on catalogs and order links. Create them here in advance.</p>
        <Link href="/admin/settings/shipping-rates/new" className="inline-flex h-10 shrink-0 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
          New rate group
        </Link>
      </div>
      {groups.length === 0 ? (
        <EmptyState title="No shipping rate groups yet." />
      ) : (
        <Table data-testid="rate-groups">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Currency</Th>
              <Th>Country</Th>
              <Th>Rates (excl. tax)</Th>
              <Th>Used by</Th>
              <Th><span className="sr-only">Actions</span></Th>
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
                <Td>{g.country ?? "All Countries"}</Td>
                <Td>
                  <ul className="space-y-0.5">
                    {g.rates.map((r) => (
                      <li key={r.id}>
                        {r.name}: {formatMoney(r.fee, g.currency)} <span className="text-xs text-slate-500">({range(r.minAmount, r.maxAmount, g.currency)})</span>
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td className="text-xs text-slate-600">
                  {g._count.orderLinks} links · {g._count.catalogs} catalogs
                </Td>
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
