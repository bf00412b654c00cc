// The trading terms a brand's invitation offers, as the invitation pages show them.
import { useTranslations } from "next-intl";
import type { Language } from "@/lib/db/generated/enums";

export function InvitationTerms({ invitation }: { invitation: { currency: string; discountRate: { toString(): string }; language: Language; paymentTerms: string | null } }) {
  const [t, tStatus] = [useTranslations("auth.buyerInvitation"), useTranslations("status")];
  const discount = Number(invitation.discountRate.toString());
  return (
    <dl className="mb-5 grid grid-cols-[9rem_1fr] gap-y-2 text-sm" data-testid="invitation-terms">
      <dt className="text-slate-500">{t("currency")}</dt>
      <dd>{invitation.currency}</dd>
      <dt className="text-slate-500">{t("discount")}</dt>
      <dd>{discount ? t("discountOff", { discount }) : t("wholesalePrices")}</dd>
      <dt className="text-slate-500">{t("language")}</dt>
      <dd>{tStatus(`language.${invitation.language}`)}</dd>
      <dt className="text-slate-500">{t("paymentTerms")}</dt>
      <dd>{invitation.paymentTerms ?? "—"}</dd>
    </dl>
  );
}
