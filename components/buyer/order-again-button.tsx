"use client";
// "Order again" (My orders): puts the order's still-orderable lines into the brand's Standard Order
// cart and opens the cart, which then says what was left out or changed and why (ReorderNotice).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { orderAgainAction } from "@/lib/buyer-app/standard-order-actions";
import { REORDER_NOTICE_KEY } from "./reorder-notice";

export function OrderAgainButton({ orderId, label, size = "md" }: { orderId: string; label?: string; size?: "sm" | "md" }) {
  const t = useTranslations("buyerApp.orders");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="secondary"
      size={size}
      pending={pending}
      aria-label={label}
      data-testid="order-again"
      onClick={() =>
        start(async () => {
          const result = await orderAgainAction({ orderId });
          if (!result.ok) return void toast.error(result.message);
          const { brandId, cartUrl, ...notice } = result.data;
          sessionStorage.setItem(REORDER_NOTICE_KEY(brandId), JSON.stringify(notice));
          router.push(cartUrl);
        })
      }
    >
      {t("orderAgain")}
    </Button>
  );
}
