// To a new address invited to the brand's staff (Settings › Staff): accept within the validity.
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["staffInvitation"];

export const staffInvitation: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.staffInvitation.subject", { brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.staffInvitation.intro", { inviterName: d.inviterName, brandName: d.brandName, role: t(`status.role.${d.role}`) });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.acceptUrl, label: t("emails.staffInvitation.action") }}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("emails.staffInvitation.validity", { days: d.days })}</Paragraph>
      </EmailLayout>
    );
  },
};
