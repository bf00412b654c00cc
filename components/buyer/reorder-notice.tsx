"use client";
// On the cart after "Order again": how many lines were added, and which were changed or left out
// and why. The answer of the action travels in this tab's sessionStorage (read once, then gone),
// so nothing in the URL can make the page show text it was not given by the app.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ReorderItem, ReorderResult } from "@/lib/buyer-app/reorder";
import { useMessageText } from "@/lib/i18n/use-message-text";

export const REORDER_NOTICE_KEY = (brandId: string) => `reorder-notice:${brandId}`;

type Notice = Omit<ReorderResult, "brandId" | "cartUrl">;

export function ReorderNotice({ brandId }: { brandId: string }) {
  const t = useTranslations("buyerApp.reorder");
  const text = useMessageText();
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    const key = REORDER_NOTICE_KEY(brandId);
    const stored = sessionStorage.getItem(key);
    if (!stored) return;
    sessionStorage.removeItem(key);
    try {
      // Read after mount: the notice lives in this tab only, the server never renders it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNotice(JSON.parse(stored) as Notice);
    } catch {
      // A damaged entry is dropped silently: the cart itself is right.
    }
  }, [brandId]);
  if (!notice) return null;
  const item = (i: ReorderItem) => (i.kind === "sku" ? t("sku", { color: i.color, size: i.size }) : t("pack", { pack: i.pack, color: i.color }));
  return (
    <section role="status" aria-labelledby="reorder-notice-title" className="mb-4 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800" data-testid="reorder-notice">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="reorder-notice-title" className="font-semibold">{t("title")}</h2>
          <p className="mt-1">{notice.added > 0 ? t("added", { count: notice.added }) : t("nothingAdded")}</p>
        </div>
        <Button variant="ghost" size="sm" onClick={() => setNotice(null)}>{t("dismiss")}</Button>
      </div>
      {notice.changed.length > 0 && (
        <div className="mt-2" data-testid="reorder-changed">
          <h3 className="font-medium">{t("changedTitle")}</h3>
          <ul className="list-disc pl-5">
            {notice.changed.map((n, i) => (
              <li key={i}>{t("changed", { product: n.product, item: item(n.item), from: n.from ?? 0, to: n.to ?? 0, reason: text(n.reason) })}</li>
            ))}
          </ul>
        </div>
      )}
      {notice.dropped.length > 0 && (
        <div className="mt-2" data-testid="reorder-dropped">
          <h3 className="font-medium">{t("droppedTitle")}</h3>
          <ul className="list-disc pl-5">
            {notice.dropped.map((n, i) => (
              <li key={i}>{t("dropped", { product: n.product, item: item(n.item), reason: text(n.reason) })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
