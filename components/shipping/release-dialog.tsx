"use client";
// The Preparing to Release pop-up: total quantity and inventory for each option across the
// selected orders, "Prepare for release" at its top right, then progress while the orders are
// processed in chunks, and the outcome (which moved on, which failed and why). The chunks go one
// after another, oldest orders first (the preview's order), so within the selection no newer
// order takes stock an older one needs.
import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ScrollBox } from "@/components/ui/scroll-box";
import { prepareForReleaseAction, releasePreviewAction } from "@/lib/shipping/actions";
import { packSummary, type PackWords } from "@/lib/orders/pack-lines";
import type { ShownReleaseOutcome } from "@/lib/shipping/prepare-release";
import type { ReleasePreview } from "@/lib/shipping/queries";
import { RELEASE_CHUNK_SIZE } from "@/lib/shipping/schemas";

type Phase = { kind: "loading" } | { kind: "ready"; preview: ReleasePreview } | { kind: "running"; preview: ReleasePreview; done: number } | { kind: "done"; outcomes: ShownReleaseOutcome[] };

export function ReleaseDialog({ orderIds: selection, open, onOpenChange, onFinished }: { orderIds: string[]; open: boolean; onOpenChange: (open: boolean) => void; onFinished?: () => void }) {
  const t = useTranslations("shipping.release");
  const tc = useTranslations("common");
  const router = useRouter();
  // The selection as it was when the pop-up opened (the list clears its selection when done).
  const [orderIds] = useState(selection);
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });

  useEffect(() => {
    // Mounted when opened, so the first phase is already "loading".
    if (!open) return;
    let live = true;
    releasePreviewAction({ orderIds }).then((result) => {
      if (!live) return;
      if (result.ok) setPhase({ kind: "ready", preview: result.data });
      else {
        toast.error(result.message);
        onOpenChange(false);
      }
    });
    return () => {
      live = false;
    };
  }, [open, orderIds, onOpenChange]);

  async function run(preview: ReleasePreview) {
    const outcomes: ShownReleaseOutcome[] = [];
    // Oldest first, one chunk at a time: never two chunks of this selection racing each other.
    const served = preview.orderIds;
    setPhase({ kind: "running", preview, done: 0 });
    for (let i = 0; i < served.length; i += RELEASE_CHUNK_SIZE) {
      const chunk = served.slice(i, i + RELEASE_CHUNK_SIZE);
      const result = await prepareForReleaseAction({ orderIds: chunk });
      if (!result.ok) {
        toast.error(result.message);
        break;
      }
      outcomes.push(...result.data.outcomes);
      setPhase({ kind: "running", preview, done: Math.min(served.length, i + chunk.length) });
    }
    const released = outcomes.filter((o) => o.ok).length;
    const failed = outcomes.length - released;
    if (released > 0) toast.success(t("released", { count: released }));
    if (failed > 0) toast.error(t("failed", { count: failed }));
    setPhase({ kind: "done", outcomes });
  }

  // The lists and the detail page refresh when the pop-up closes: refreshing earlier would unmount
  // it (its orders leave the list) before staff have read the outcome.
  function close(next: boolean) {
    if (next || phase.kind === "running") return;
    if (phase.kind === "done") {
      onFinished?.();
      router.refresh();
    }
    onOpenChange(false);
  }

  const running = phase.kind === "running";
  return (
    <RadixDialog.Root open={open} onOpenChange={close}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content className="fixed left-1/2 top-1/2 z-50 flex max-h-[90dvh] w-[calc(100vw-2rem)] max-w-3xl -translate-x-1/2 -translate-y-1/2 flex-col rounded-lg bg-white shadow-xl">
          <div className="flex items-start justify-between gap-4 border-b border-slate-200 p-5">
            <div>
              <RadixDialog.Title className="text-lg font-semibold">{t("title")}</RadixDialog.Title>
              <RadixDialog.Description className="mt-1 text-sm text-slate-600">{t("description")}</RadixDialog.Description>
              <p className="mt-1 text-sm text-slate-600" data-testid="release-served-first">
                {t("servedFirst")}
              </p>
            </div>
            <div className="flex shrink-0 items-center gap-2">
              {phase.kind !== "done" && (
                <Button disabled={phase.kind !== "ready"} pending={running} onClick={() => phase.kind === "ready" && run(phase.preview)}>
                  {t("prepare")}
                </Button>
              )}
              <RadixDialog.Close className="rounded p-1 text-slate-500 hover:bg-slate-100 disabled:opacity-50" aria-label={tc("close")} disabled={running}>
                <X className="size-4" aria-hidden />
              </RadixDialog.Close>
            </div>
          </div>
          <ScrollBox className="overflow-y-auto p-5">
            {phase.kind === "loading" && <p className="text-sm text-slate-600">{t("checking")}</p>}
            {(phase.kind === "ready" || phase.kind === "running") && <PreviewBody preview={phase.preview} selected={orderIds.length} />}
            {phase.kind === "running" && <Progress done={phase.done} total={orderIds.length} />}
            {phase.kind === "done" && <Outcome outcomes={phase.outcomes} />}
          </ScrollBox>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

function PreviewBody({ preview, selected }: { preview: ReleasePreview; selected: number }) {
  const t = useTranslations("shipping.release");
  const format = useFormatter();
  return (
    <>
      <dl className="mb-4 grid grid-cols-3 gap-3 text-sm">
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-slate-600">{t("ordersTile", { count: selected })}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="release-order-count">{format.number(selected)}</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-slate-600">{t("totalQuantity")}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="release-total-quantity">{format.number(preview.totalQuantity)}</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-slate-600">{t("optionsTile", { count: preview.skus.length })}</dt>
          <dd className="text-xl font-semibold tabular-nums">{format.number(preview.skus.length)}</dd>
        </div>
      </dl>
      <ScrollBox className="overflow-x-auto rounded-md border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("table")}>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("product")}</th>
              <th scope="col" className="px-3 py-2">{t("sku")}</th>
              <th scope="col" className="px-3 py-2">{t("option")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("totalQuantity")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("inventory")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.skus.map((s) => {
              const short = s.totalQuantity > s.stockQuantity;
              return (
                <tr key={s.skuId} data-testid={`release-sku-${s.skuCode}`}>
                  <td className="px-3 py-2">
                    <p className="font-medium">{s.productName}</p>
                    <p className="text-xs text-slate-500">{s.productCode}</p>
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{s.skuCode}</td>
                  <td className="px-3 py-2">{s.color} / {s.size}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {format.number(s.totalQuantity)}
                    {s.fromPacks > 0 && <span className="block whitespace-nowrap text-xs text-slate-500">{t("fromPacks", { count: s.fromPacks })}</span>}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {format.number(s.stockQuantity)}
                    {short && <Badge tone="red" className="ml-2">{t("shortBy", { count: s.totalQuantity - s.stockQuantity })}</Badge>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <PreviewPacks packs={preview.packs} />
      {preview.skus.some((s) => s.totalQuantity > s.stockQuantity) && (
        <p className="mt-3 text-sm text-amber-800">{t("someShort")}</p>
      )}
    </>
  );
}

/** The prepacks in the selection, so the warehouse can pick whole packs; their units are in the SKU totals above. */
function PreviewPacks({ packs }: { packs: ReleasePreview["packs"] }) {
  const t = useTranslations();
  if (packs.length === 0) return null;
  const words: PackWords = (key, values) => t(key, values);
  return (
    <div className="mt-4" data-testid="release-packs">
      <h3 className="mb-1 text-sm font-semibold">{t("shipping.release.packs")}</h3>
      <ul className="space-y-1 text-sm">
        {packs.map((p) => (
          <li key={`${p.productId}-${p.name}-${p.color}-${p.id}`}>
            <span className="font-medium">{p.productName}</span> <span className="text-xs text-slate-500">{p.productCode}</span>
            <span className="block text-slate-700">{packSummary(words, p)}</span>
            <span className="block text-xs text-slate-500">{t("shipping.release.packOrders", { count: p.orderCount })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Progress({ done, total }: { done: number; total: number }) {
  const t = useTranslations("shipping.release");
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div className="mt-4" aria-live="polite">
      <div className="h-2 overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-label={t("progressLabel")} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-2 text-sm text-slate-600">{t("progress", { done, total })}</p>
    </div>
  );
}

function Outcome({ outcomes }: { outcomes: ShownReleaseOutcome[] }) {
  const t = useTranslations("shipping.release");
  const released = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.filter((o): o is Extract<ShownReleaseOutcome, { ok: false }> => !o.ok);
  return (
    <div data-testid="release-outcome">
      <p className="text-sm">
        {t("summary", { released: t("released", { count: released }), failed: t("failed", { count: failed.length }) })}
      </p>
      {failed.length > 0 && (
        <ul className="mt-3 divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
          {failed.slice(0, 200).map((o) => (
            <li key={o.orderId} className="p-3" data-testid="release-failure">
              <p className="font-medium">{o.orderNumber}</p>
              <p className="text-slate-600">{o.message}</p>
            </li>
          ))}
        </ul>
      )}
      {failed.length > 200 && <p className="mt-2 text-xs text-slate-500">{t("moreFailures", { count: failed.length - 200 })}</p>}
    </div>
  );
}
