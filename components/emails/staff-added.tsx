// To an existing user added to the brand's staff (Settings › Staff).
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["staffAdded"];

export const staffAdded: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.staffAdded.subject", { brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t("emails.staffAdded.intro", { inviterName: d.inviterName, brandName: d.brandName, role: t(`status.role.${d.role}`) });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.signInUrl, label: t("emails.staffAdded.action") }}>
        <Paragraph>{intro}</Paragraph>
      </EmailLayout>
    );
  },
};
