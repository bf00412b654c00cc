// The frame of pages outside the three areas (the root not-found and error pages): the app's
// wordmark over the message, as on the sign-in page.
import { useTranslations } from "next-intl";

export function PlainFrame({ children }: { children: React.ReactNode }) {
  const t = useTranslations("common");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-600">{t("appName")}</p>
      {children}
    </main>
  );
}
