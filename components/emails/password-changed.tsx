// Tells an account's owner that its password was changed or reset, so a change they did not make
// does not go unnoticed (every other session was signed out by it).
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["passwordChanged"];

export const passwordChanged: EmailDefinition<Data> = {
  subject: (_d, { t }) => t("emails.passwordChanged.subject"),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const intro = t(d.how === "RESET" ? "emails.passwordChanged.introReset" : "emails.passwordChanged.introChanged", { email: d.email, at: i18n.dateTime(d.at) });
    return (
      <EmailLayout i18n={i18n} brandName={null} preview={intro} action={{ href: d.forgotUrl, label: t("emails.passwordChanged.action") }}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("emails.passwordChanged.otherSessions")}</Paragraph>
        <Paragraph>{t("emails.passwordChanged.notYou")}</Paragraph>
      </EmailLayout>
    );
  },
};
