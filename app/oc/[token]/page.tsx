import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { ApproveOcButton } from "@/components/orders/approve-oc-button";
import { BuyerOrderView } from "@/components/orders/buyer-order-view";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getOrderByApprovalToken } from "@/lib/orders/queries";

// The e-mailed "approve the OC" page: the unguessable token alone identifies the order, once. It
// speaks the order's language (lib/i18n/request-locale decides /oc/<token> by the order).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("buyerApp.metadata");
  return { title: t("approveOc"), robots: { index: false } };
}

export default async function ApproveOcPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [order, t] = await Promise.all([token.length <= 100 ? getOrderByApprovalToken(token) : null, getTranslations("buyerApp.approve")]);
  return (
    <IntlProvider>
      <main className="mx-auto max-w-2xl px-4 py-8">
        {!order || (order.status !== "OC_CREATED" && order.status !== "OC_APPROVED") ? (
          <div className="rounded-lg border border-slate-200 bg-white p-6 text-center" data-testid="approval-link-invalid">
            <h1 className="text-xl font-semibold">{t("invalidTitle")}</h1>
            <p className="mt-2 text-sm text-slate-600">{t("invalidText")}</p>
          </div>
        ) : (
          <BuyerOrderView order={order} number={formatOrderNumber(order.brand.orderPrefix, order.number)} actions={
              order.status === "OC_APPROVED" ? (
                <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="approved-message">{t("alreadyApproved")}</p>
              ) : (
                <ApproveOcButton token={token} />
              )
            } />
        )}
      </main>
    </IntlProvider>
  );
}
