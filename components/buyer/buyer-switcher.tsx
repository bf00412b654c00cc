"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { switchBuyerAction } from "@/lib/auth/actions";

export function BuyerSwitcher({ buyers, activeId }: { buyers: { id: string; name: string }[]; activeId: string }) {
  const t = useTranslations("buyerApp.header");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (buyers.length < 2) return <span className="truncate text-sm font-medium">{buyers[0]?.name}</span>;
  return (
    <label>
      <span className="sr-only">{t("orderingFor")}</span>
      <select
        value={activeId}
        disabled={pending}
        onChange={(event) =>
          startTransition(async () => {
            const result = await switchBuyerAction({ buyerId: event.target.value });
            if (!result.ok) toast.error(result.message);
            router.push("/buyer");
            router.refresh();
          })
        }
        className="max-w-48 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium"
      >
        {buyers.map((buyer) => (
          <option key={buyer.id} value={buyer.id}>
            {buyer.name}
          </option>
        ))}
      </select>
    </label>
  );
}
