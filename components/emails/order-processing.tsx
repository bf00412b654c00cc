// To the buyer when the order is prepared for release ("Order Processing"): from now on only the
// brand can change it.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["orderProcessing"];

export const orderProcessing: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.orderProcessing.subject", { orderNumber: d.orderNumber, brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.orderProcessing.intro", { orderNumber: d.orderNumber, brandName: d.brandName });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={d.orderUrl ? { href: d.orderUrl, label: t("emails.common.viewOrder") } : null}>
        <Paragraph>{t("emails.common.greeting", { name: d.contactName })}</Paragraph>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("emails.orderProcessing.noCancel", { brandName: d.brandName })}</Paragraph>
      </EmailLayout>
    );
  },
};
