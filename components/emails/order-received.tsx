// To the buyer when an order is placed (checkout): the order with its lines, its prepacks, its
// totals and what the buyer wrote at checkout (PO No., requested delivery, note to the brand).
import { Column, Row, Section } from "@react-email/components";
import type { EmailTemplates } from "@/lib/mail/templates";
import type { EmailDefinition } from "./define-email";
import { EmailLayout, Field, Paragraph, paragraph } from "./email-layout";

type Data = EmailTemplates["orderReceived"];

const cell = { ...paragraph, margin: "2px 0" };
const amount = { ...cell, textAlign: "right" as const, whiteSpace: "nowrap" as const };
/** A requested delivery day is a calendar day (kept as midnight UTC): the same day wherever it is read. */
const CALENDAR_DAY = { dateStyle: "medium", timeZone: "UTC" } as const;

export const orderReceived: EmailDefinition<Data> = {
  subject: (d, { t }) => t("emails.orderReceived.subject", { orderNumber: d.orderNumber, brandName: d.brandName }),
  Body: ({ data: d, i18n }) => {
    const { t, money } = i18n;
    const m = (n: number) => money(n, d.currency);
    const day = (text: string) => i18n.format.dateTime(new Date(`${text}T00:00:00.000Z`), CALENDAR_DAY);
    const delivery = d.requestedDeliveryFrom
      ? d.requestedDeliveryTo && d.requestedDeliveryTo !== d.requestedDeliveryFrom
        ? t("emails.orderReceived.deliveryWindow", { from: day(d.requestedDeliveryFrom), to: day(d.requestedDeliveryTo) })
        : day(d.requestedDeliveryFrom)
      : null;
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
        {d.poNumber && <Field i18n={i18n} label={t("emails.orderReceived.poNumber")}>{d.poNumber}</Field>}
        {delivery && <Field i18n={i18n} label={t("emails.orderReceived.requestedDelivery")}>{delivery}</Field>}
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
        {d.packs && d.packs.length > 0 && (
          <Section style={{ margin: "0 0 16px", borderBottom: "1px solid #e3e5ea", padding: "0 0 8px" }}>
            <Paragraph style={{ fontWeight: 600, margin: "4px 0" }}>{t("emails.orderReceived.packsTitle")}</Paragraph>
            {d.packs.map((p, i) => (
              <Paragraph key={i} style={{ margin: "2px 0" }}>
                {t("emails.orderReceived.pack", {
                  productName: p.productName, name: p.name, color: p.color, packs: p.packs,
                  contents: p.contents.map((c) => t("orderRules.hints.packSize", { size: c.size, quantity: c.quantity })).join(", "),
                })}
              </Paragraph>
            ))}
          </Section>
        )}
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
