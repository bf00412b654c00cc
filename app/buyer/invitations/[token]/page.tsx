import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AcceptInvitationForm } from "@/components/buyer/accept-invitation-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { findInvitationFor } from "@/lib/buyers/accept-invitation";
import { LANGUAGE_LABELS } from "@/lib/buyers/status-labels";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const ctx = await requireBuyerPage();
  const { token } = await params;
  const invitation = await findInvitationFor(prisma, token, ctx.user);
  if (!invitation) notFound();
  const discount = Number(invitation.discountRate);
  return (
    <>
      <PageHeader title={`Invitation from ${invitation.brand.name}`} description="Connect to order wholesale from this brand in the Buyer App." />
      <Card className="max-w-xl p-5">
        <dl className="mb-5 grid grid-cols-[9rem_1fr] gap-y-2 text-sm">
          <dt className="text-slate-500">Currency</dt>
          <dd>{invitation.currency}</dd>
          <dt className="text-slate-500">Discount</dt>
          <dd>{discount ? `${discount}% off wholesale` : "Wholesale prices"}</dd>
          <dt className="text-slate-500">Language</dt>
          <dd>{LANGUAGE_LABELS[invitation.language]}</dd>
          <dt className="text-slate-500">Payment terms</dt>
          <dd>{invitation.paymentTerms ?? "—"}</dd>
        </dl>
        {invitation.status === "PENDING" ? (
          <AcceptInvitationForm
            token={token}
            brandName={invitation.brand.name}
            organizations={ctx.buyers}
            fixedOrganizationId={invitation.buyerId && ctx.buyers.some((b) => b.id === invitation.buyerId) ? invitation.buyerId : null}
          />
        ) : (
          <p role="status" className="text-sm text-slate-700">
            {invitation.status === "ACCEPTED" ? "This invitation was already accepted." : "The brand withdrew this invitation."}{" "}
            <Link href="/buyer" className="text-brand-700 hover:underline">
              Go to your brands
            </Link>
          </p>
        )}
      </Card>
    </>
  );
}
