import type { Metadata, Viewport } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { Toaster } from "@/components/ui/toaster";
import { requestI18n } from "@/lib/i18n/request-locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("description"),
  // Files in public/ (drawn by scripts/generate-icons.mjs). The manifest lets buyers add the
  // Buyer App to a phone's home screen; it opens on /buyer.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }],
  },
  manifest: "/manifest.webmanifest",
  appleWebApp: { title: (await getTranslations("nav"))("buyerApp"), capable: true, statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2459bd" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The page's language, so screen readers and browser translation read it right.
  const { locale } = await requestI18n();
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <IntlProvider>{children}</IntlProvider>
        <Toaster />
      </body>
    </html>
  );
}
