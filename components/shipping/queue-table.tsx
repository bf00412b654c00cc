"use client";
// The New (To Ship) Orders list with its left checkboxes: select orders (or all matching the
// search), then Preparing to Release or cancel them.
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { matchingOrderIdsAction } from "@/lib/shipping/actions";
import type { QueueFilter } from "@/lib/shipping/schemas";
import { CancelOrdersDialog } from "./cancel-orders-dialog";
import { OrderingMember } from "./ordering-member";
import { ReleaseDialog } from "./release-dialog";
import { useShippingCount } from "./shipping-count";

export type QueueRow = {
  id: string;
  orderNumber: string;
  /** Formatted in the viewer's language and the brand's time zone. */
  createdAt: string;
  buyerId: string;
  buyerName: string;
  contactName: string;
  contactEmail: string;
  shippingRequestNote: string | null;
  shipCountry: string;
  /** The rate group's label (lib/shipping/shipping-option), as the "Optional +" drop-down names it. */
  shippingOption: string;
  quantity: number;
  /** Of the quantity, units ordered in prepacks (picked as packs). */
  fromPacks: number;
  total: string;
  cancelled: boolean;
  /** The reason and its detail, in the viewer's words. */
  failure: { label: string; detail: string | null } | null;
};

export function QueueTable({
  rows,
  total,
  filter,
  failedView,
  empty,
}: {
  rows: QueueRow[];
  total: number;
  filter: QueueFilter;
  failedView: boolean;
  /** Shown instead of the table when nothing matches; the pop-ups stay mounted either way. */
  empty: React.ReactNode;
}) {
  const t = useTranslations("shipping");
  const tStatus = useTranslations("status");
  const format = useFormatter();
  const count = useShippingCount();
  const [selected, setSelected] = useState<string[]>([]);
  const [allMatching, setAllMatching] = useState(false);
  const [loadingAll, setLoadingAll] = useState(false);
  const [dialog, setDialog] = useState<"release" | "cancel" | null>(null);
  const pageIds = rows.map((r) => r.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.includes(id));

  const clear = useCallback(() => {
    setSelected([]);
    setAllMatching(false);
  }, []);
  const closeDialog = useCallback((open: boolean) => !open && setDialog(null), []);

  function toggle(id: string, on: boolean) {
    setAllMatching(false);
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  }

  async function selectAllMatching() {
    setLoadingAll(true);
    const result = await matchingOrderIdsAction(filter);
    setLoadingAll(false);
    if (!result.ok) return toast.error(result.message);
    setSelected(result.data);
    setAllMatching(true);
  }

  return (
    <>
      {rows.length === 0 ? (
        empty
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center gap-3" role="toolbar" aria-label={t("queue.toolbar")}>
            <Button disabled={selected.length === 0} onClick={() => setDialog("release")}>
              {t("queue.prepare")}
            </Button>
            <Button variant="secondary" disabled={selected.length === 0} onClick={() => setDialog("cancel")}>
              {t("queue.cancelOrders")}
            </Button>
            <p className="text-sm text-slate-600" data-testid="selection-count">
              {selected.length === 0 ? t("queue.selectHint") : t("queue.selected", { count: selected.length })}
            </p>
            {allOnPage && !allMatching && total > rows.length && (
              <Button variant="ghost" size="sm" pending={loadingAll} onClick={selectAllMatching}>
                {t("queue.selectAllMatching", { count: count(total) })}
              </Button>
            )}
            {selected.length > 0 && (
              <Button variant="ghost" size="sm" onClick={clear}>
                {t("queue.clearSelection")}
              </Button>
            )}
          </div>
          <Table>
            <thead>
              <tr>
                <Th className="w-10">
                  <input
                    type="checkbox"
                    aria-label={t("queue.selectPage")}
                    className="size-4 accent-brand-600"
                    checked={allOnPage}
                    onChange={(e) => {
                      setAllMatching(false);
                      setSelected(e.target.checked ? [...new Set([...selected, ...pageIds])] : selected.filter((id) => !pageIds.includes(id)));
                    }}
                  />
                </Th>
                <Th>{t("columns.orderNo")}</Th>
                <Th>{t("columns.ordered")}</Th>
                <Th>{t("columns.orderingMember")}</Th>
                <Th>{t("columns.shipTo")}</Th>
                <Th>{t("columns.shippingOption")}</Th>
                <Th className="text-right">{t("columns.quantity")}</Th>
                <Th className="text-right">{t("columns.total")}</Th>
                {failedView && <Th>{t("columns.reason")}</Th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} data-testid={`queue-row-${row.orderNumber}`} className={selected.includes(row.id) ? "bg-brand-50/50" : undefined}>
                  <Td>
                    <input
                      type="checkbox"
                      aria-label={t("queue.selectOrder", { orderNumber: row.orderNumber })}
                      className="size-4 accent-brand-600"
                      checked={selected.includes(row.id)}
                      onChange={(e) => toggle(row.id, e.target.checked)}
                    />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <Link href={`/admin/shipping/orders/${row.id}`} className="font-medium text-brand-600 hover:underline">
                      {row.orderNumber}
                    </Link>
                    {row.cancelled && (
                      <Badge tone="gray" className="ml-2">
                        {tStatus("order.CANCELLED")}
                      </Badge>
                    )}
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">{row.createdAt}</Td>
                  <Td className="max-w-64">
                    <OrderingMember name={row.contactName} email={row.contactEmail} buyerId={row.buyerId} buyerName={row.buyerName} note={row.shippingRequestNote} />
                  </Td>
                  <Td>{row.shipCountry}</Td>
                  <Td data-testid="shipping-option">{row.shippingOption}</Td>
                  <Td className="text-right tabular-nums">
                    {format.number(row.quantity)}
                    {row.fromPacks > 0 && <span className="block whitespace-nowrap text-xs text-slate-500">{t("queue.fromPacks", { count: row.fromPacks })}</span>}
                  </Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{row.total}</Td>
                  {failedView && (
                    <Td className="max-w-80">
                      {row.failure && (
                        <>
                          <Badge tone="red">{row.failure.label}</Badge>
                          {row.failure.detail && <p className="mt-1 text-xs text-slate-600">{row.failure.detail}</p>}
                        </>
                      )}
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      {dialog === "release" && <ReleaseDialog open orderIds={selected} onOpenChange={closeDialog} onFinished={clear} />}
      {dialog === "cancel" && <CancelOrdersDialog open orderIds={selected} onOpenChange={closeDialog} onFinished={clear} />}
    </>
  );
}
