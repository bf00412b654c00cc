// The frame every e-mail shares: the brand's name as the header, the message, one button back to
// the page the mail is about (with its address written out for clients that drop buttons), and a
// footer saying who sent it. Inline styles only: mail clients ignore style sheets.
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import type { EmailI18n } from "./email-i18n";

const page: CSSProperties = { backgroundColor: "#f4f5f7", fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', Meiryo, sans-serif", color: "#1a1a1f", margin: 0, padding: "24px 0" };
const container: CSSProperties = { backgroundColor: "#ffffff", border: "1px solid #e3e5ea", borderRadius: "8px", maxWidth: "560px", margin: "0 auto", padding: "0" };
const header: CSSProperties = { borderBottom: "1px solid #e3e5ea", padding: "16px 28px" };
const brand: CSSProperties = { fontSize: "16px", fontWeight: 600, margin: 0, color: "#1a1a1f" };
const content: CSSProperties = { padding: "8px 28px 16px" };
const heading: CSSProperties = { fontSize: "20px", lineHeight: "28px", fontWeight: 600, margin: "16px 0 8px" };
const button: CSSProperties = { backgroundColor: "#1f2937", borderRadius: "6px", color: "#ffffff", fontSize: "14px", fontWeight: 600, padding: "10px 18px", textDecoration: "none" };
const small: CSSProperties = { fontSize: "12px", lineHeight: "18px", color: "#676b75", margin: "8px 0", wordBreak: "break-all" };
const footer: CSSProperties = { fontSize: "12px", lineHeight: "18px", color: "#676b75", padding: "0 28px 16px", margin: 0 };
export const paragraph: CSSProperties = { fontSize: "14px", lineHeight: "22px", margin: "12px 0" };

export type EmailAction = { href: string; label: string };

export function EmailLayout(props: { i18n: EmailI18n; brandName: string | null; preview: string; heading?: string; action?: EmailAction | null; children: ReactNode; afterAction?: ReactNode }) {
  const { t, locale } = props.i18n;
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={page}>
        <Container style={container}>
          <Section style={header}>
            <Text style={brand}>{props.brandName ?? t("emails.layout.appName")}</Text>
          </Section>
          <Section style={content}>
            {props.heading ? (
              <Heading as="h1" style={heading}>
                {props.heading}
              </Heading>
            ) : null}
            {props.children}
            {props.action ? (
              <>
                <Section style={{ margin: "24px 0 8px" }}>
                  <Button href={props.action.href} style={button}>
                    {props.action.label}
                  </Button>
                </Section>
                <Text style={small} data-skip-in-text="true">
                  {t("emails.layout.buttonFallback")} <Link href={props.action.href}>{props.action.href}</Link>
                </Text>
              </>
            ) : null}
            {props.afterAction}
          </Section>
          <Hr style={{ borderColor: "#e3e5ea", margin: "0 0 16px" }} />
          <Text style={footer}>
            {props.brandName ? t("emails.layout.sentBy", { brandName: props.brandName }) : t("emails.layout.sentByApp")}
            <br />
            {t("emails.layout.noReply")}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph; line breaks in the text (a reason, a staff member's message) are kept. */
export function Paragraph({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <Text style={{ ...paragraph, ...style }}>{typeof children === "string" ? withBreaks(children) : children}</Text>;
}

function withBreaks(text: string): ReactNode {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return lines.map((line, i) => (
    <span key={i}>
      {i > 0 ? <br /> : null}
      {line}
    </span>
  ));
}

/** "Label: value" on one line (order number, reason, ...); the label's punctuation is the language's. */
export function Field({ i18n, label, children }: { i18n: EmailI18n; label: string; children: ReactNode }) {
  return (
    <Text style={{ ...paragraph, margin: "4px 0" }}>
      <span style={{ color: "#676b75" }}>{i18n.t("emails.common.label", { label })}</span> {typeof children === "string" ? withBreaks(children) : children}
    </Text>
  );
}
