import type { Metadata } from "next";
import { ApproveOcButton } from "@/components/orders/approve-oc-button";
import { BuyerOrderView } from "@/components/orders/buyer-order-view";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { getOrderByApprovalToken } from "@/lib/orders/queries";

// The e-mailed "approve the OC" page: the unguessable token alone identifies the order, once.
export const metadata: Metadata = { title: "Approve the order confirmation", robots: { index: false } };

export default async function ApproveOcPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const order = token.length <= 100 ? await getOrderByApprovalToken(token) : null;
  return (
    <main className="mx-auto max-w-2xl px-4 py-8">
      {!order || (order.status !== "OC_CREATED" && order.status !== "OC_APPROVED") ? (
        <div className="rounded-lg border border-slate-200 bg-white p-6 text-center" data-testid="approval-link-invalid">
          <h1 className="text-xl font-semibold">This approval link is no longer valid</h1>
          <p className="mt-2 text-sm text-slate-600">The order confirmation was already approved, or the brand changed it and will send a new link.</p>
        </div>
      ) : (
        <BuyerOrderView order={order} number={formatOrderNumber(order.brand.orderPrefix, order.number)} actions={
            order.status === "OC_APPROVED" ? (
              <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-800" data-testid="approved-message">This order confirmation is approved. Thank you.</p>
            ) : (
              <ApproveOcButton token={token} />
            )
          } />
      )}
    </main>
  );
}
