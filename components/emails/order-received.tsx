// To the buyer when an order is placed (checkout): the order with its lines, its prepacks, its
// totals and what the buyer wrote at checkout (PO No., requested delivery, note to the brand), the
// first three as the OC e-mails repeat them.
import { Column, Row, Section } from "@react-email/components";
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Field, Paragraph, paragraph } from "./email-layout";
import { OrderRequestFields } from "./order-request-fields";

type Data = EmailTemplates["orderReceived"];

const cell = { ...paragraph, margin: "2px 0" };
const amount = { ...cell, textAlign: "right" as const, whiteSpace: "nowrap" as const };

export const orderReceived: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.orderReceived.subject", { orderNumber: d.orderNumber, brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t, money } = i18n;
    const m = (n: number) => money(n, d.currency);
    return (
      <EmailLayout
        i18n={i18n}
        brandName={d.brandName}
        preview={t("emails.orderReceived.intro", { brandName: d.brandName })}
        action={d.orderUrl ? { href: d.orderUrl, label: t("emails.common.viewOrder") } : null}
      >
        <Paragraph>{t("emails.common.greeting", { name: d.contactName })}</Paragraph>
        <Paragraph>{t("emails.orderReceived.intro", { brandName: d.brandName })}</Paragraph>
        <Field i18n={i18n} label={t("emails.common.orderNumber")}>{d.orderNumber}</Field>
        <Field i18n={i18n} label={t("emails.orderReceived.placedAt")}>{i18n.dateTime(d.placedAt)}</Field>
        <Section style={{ margin: "16px 0", borderTop: "1px solid #e3e5ea", borderBottom: "1px solid #e3e5ea", padding: "8px 0" }}>
          {d.lines.map((l, i) => (
            <Row key={i}>
              <Column style={cell}>
                {t("emails.orderReceived.line", { productName: l.productName, skuCode: l.skuCode, color: l.color, size: l.size, quantity: l.quantity })}
              </Column>
              <Column style={amount}>{m(l.lineTotal)}</Column>
            </Row>
          ))}
        </Section>
        <OrderRequestFields request={d.request} i18n={i18n} />
        <Field i18n={i18n} label={t("emails.orderReceived.subtotal")}>{m(d.subtotal)}</Field>
        <Field i18n={i18n} label={t("emails.orderReceived.shippingFee")}>{m(d.shippingFee)}</Field>
        <Field i18n={i18n} label={t("emails.orderReceived.total")}>
          <strong>{m(d.total)}</strong>
        </Field>
        <Field i18n={i18n} label={t("emails.orderReceived.payment")}>{t(`status.paymentMethod.${d.paymentMethod}`)}</Field>
        {d.buyerNote && <Field i18n={i18n} label={t("emails.orderReceived.buyerNote")}>{d.buyerNote}</Field>}
        <Paragraph>{t("emails.orderReceived.next", { brandName: d.brandName })}</Paragraph>
      </EmailLayout>
    );
  },
};
