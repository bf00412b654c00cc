// To the owner of a sign-in target whose ceiling tripped: many wrong tries from any address, so
// further tries now wait longer each time. Sent once per streak (lib/rate-limit/target-ceiling.ts).
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Paragraph } from "./email-layout";

type Data = EmailTemplates["signInThrottled"];

const TEXT = {
  ACCOUNT: { intro: "emails.signInThrottled.introAccount", advice: "emails.signInThrottled.adviceAccount", action: "emails.signInThrottled.actionAccount" },
  LINK_PASSCODE: { intro: "emails.signInThrottled.introPasscode", advice: "emails.signInThrottled.advicePasscode", action: "emails.signInThrottled.actionLink" },
  OFFLINE_LOGIN: { intro: "emails.signInThrottled.introOfflineLogin", advice: "emails.signInThrottled.adviceOfflineLogin", action: "emails.signInThrottled.actionBuyer" },
  BRAND_CREDENTIALS: { intro: "emails.signInThrottled.introCredentials", advice: "emails.signInThrottled.adviceCredentials", action: "emails.signInThrottled.actionBuyer" },
} as const;

export const signInThrottled: EmailDefinition<Data> = {
  subject: (_d, { t }) => t("emails.signInThrottled.subject"),
  Body: ({ data: d, i18n }) => {
    const { t } = i18n;
    const text = TEXT[d.target];
    const intro = t(text.intro, { subject: d.subject, buyerName: d.buyerName ?? "", failures: d.failures, at: i18n.dateTime(d.at) });
    return (
      <EmailLayout i18n={i18n} brandName={d.brandName} preview={intro} action={{ href: d.actionUrl, label: t(text.action) }}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t("emails.signInThrottled.slowed")}</Paragraph>
        <Paragraph>{t(text.advice)}</Paragraph>
      </EmailLayout>
    );
  },
};
