import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { Toaster } from "@/components/ui/toaster";
import { requestI18n } from "@/lib/i18n/request-locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The page's language, so screen readers and browser translation read it right.
  const { locale } = await requestI18n();
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <IntlProvider namespaces={["auth", "nav"]}>{children}</IntlProvider>
        <Toaster />
      </body>
    </html>
  );
}
