// To the address a guest ordered with, when the brand has a buyer with that e-mail: the owner of
// the address confirms the order is theirs (once, before the link expires).
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["orderMatch"];

export const orderMatch: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.orderMatch.subject", { brandName: d.brandName, orderNumber: d.orderNumber }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.orderMatch.intro", { orderNumber: d.orderNumber, brandName: d.brandName, buyerName: d.buyerName });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.confirmUrl, label: t("emails.orderMatch.action") }}
        afterAction={<Paragraph>{t("emails.orderMatch.expiry", { expires: i18n.dateTime(d.expiresAt) })}</Paragraph>}
      >
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("emails.orderMatch.confirm", { buyerName: d.buyerName })}</Paragraph>
      </EmailLayout>
    );
  },
};
