"use client";
// The buyer's "Approve" button: in the Buyer App (signed in) or on the e-mailed approval page (token).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/actions/use-action";
import { approveOcAsBuyerAction, approveOcByTokenAction } from "@/lib/orders/actions";

export function ApproveOcButton({ orderId, token }: { orderId?: string; token?: string }) {
  const t = useTranslations("buyerApp.approve");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { pending, run } = useAction();
  if (done) return <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="approved-message">{t("thanks")}</p>;
  return (
    <Button
      pending={pending}
      className="w-full sm:w-auto"
      onClick={() =>
        run(() => (token ? approveOcByTokenAction({ token }) : approveOcAsBuyerAction({ orderId: orderId! })), {
          success: t("approved"),
          onSuccess: () => {
            setDone(true);
            // The e-mailed page is keyed by a now-spent token: keep the thank-you on screen.
            if (!token) router.refresh();
          },
        })
      }
    >
      {t("approve")}
    </Button>
  );
}
