// The centred card of the signed-out pages (sign-in, staff invitation), with the visitor's
// language switcher: nobody is signed in yet to keep the choice on.
import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

export function AuthShell({ title, description, children }: { title: string; description?: React.ReactNode; children: React.ReactNode }) {
  const t = useTranslations("common");
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-600">{t("appName")}</p>
          <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
          {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        <div className="mt-6 flex justify-center">
          <LanguageSwitcher scope="visitor" />
        </div>
      </div>
    </main>
  );
}
