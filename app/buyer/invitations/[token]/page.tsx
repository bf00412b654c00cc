import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AcceptInvitationForm } from "@/components/buyer/accept-invitation-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireBuyerPage } from "@/lib/auth/guards";
import { findInvitationFor } from "@/lib/buyers/accept-invitation";
import { prisma } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.buyerInvitation");
  return { title: t("metaTitle") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const ctx = await requireBuyerPage();
  const { token } = await params;
  const invitation = await findInvitationFor(prisma, token, ctx.user);
  if (!invitation) notFound();
  const [t, tStatus] = await Promise.all([getTranslations("auth.buyerInvitation"), getTranslations("status")]);
  const discount = Number(invitation.discountRate);
  return (
    <>
      <PageHeader title={t("title", { brand: invitation.brand.name })} description={t("description")} />
      <Card className="max-w-xl p-5">
        <dl className="mb-5 grid grid-cols-[9rem_1fr] gap-y-2 text-sm">
          <dt className="text-slate-500">{t("currency")}</dt>
          <dd>{invitation.currency}</dd>
          <dt className="text-slate-500">{t("discount")}</dt>
          <dd>{discount ? t("discountOff", { discount }) : t("wholesalePrices")}</dd>
          <dt className="text-slate-500">{t("language")}</dt>
          <dd>{tStatus(`language.${invitation.language}`)}</dd>
          <dt className="text-slate-500">{t("paymentTerms")}</dt>
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
            {invitation.status === "ACCEPTED" ? t("alreadyAccepted") : t("withdrawn")}{" "}
            <Link href="/buyer" className="text-brand-700 hover:underline">
              {t("goToBrands")}
            </Link>
          </p>
        )}
      </Card>
    </>
  );
}
