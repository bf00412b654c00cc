// To the buyer: the brand rejected the order (Order Rejected), with the reason staff gave.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Field, Paragraph } from "./email-layout";

type Data = EmailTemplates["orderRejected"];

export const orderRejected: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.orderRejected.subject", { brandName: d.brandName, orderNumber: d.orderNumber }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.orderRejected.intro", { brandName: d.brandName, orderNumber: d.orderNumber });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={d.orderUrl ? { href: d.orderUrl, label: t("emails.common.viewOrder") } : null}>
        <Paragraph>{t("emails.common.greeting", { name: d.contactName })}</Paragraph>
        <Paragraph>{intro}</Paragraph>
        <Field i18n={i18n} label={t("emails.common.reason")}>{d.reason}</Field>
      </EmailLayout>
    );
  },
};
