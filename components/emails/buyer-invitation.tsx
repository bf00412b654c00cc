// To a shop a brand invites to connect (Buyers › Invite), with the trading terms on offer.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["buyerInvitation"];

export const buyerInvitation: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.buyerInvitation.subject", { brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = d.shopName
      ? t("emails.buyerInvitation.introShop", { brandName: d.brandName, shopName: d.shopName })
      : t("emails.buyerInvitation.introNewShop", { brandName: d.brandName });
    const terms = { discountRate: d.discountRate, currency: d.currency };
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.acceptUrl, label: t("emails.buyerInvitation.action") }}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>
          {d.paymentTerms ? t("emails.buyerInvitation.termsWithPayment", { ...terms, paymentTerms: d.paymentTerms }) : t("emails.buyerInvitation.terms", terms)}
        </Paragraph>
      </EmailLayout>
    );
  },
};
