"use client";
// The language switcher: each language named in itself; the choice applies at once.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { cn } from "@/components/ui/cn";
import { setLanguageAction } from "@/lib/i18n/actions";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import type { SetLanguageInput } from "@/lib/i18n/schemas";

export function LanguageSwitcher({ scope, className }: { scope: SetLanguageInput["scope"]; className?: string }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className={cn("inline-flex items-center gap-2 text-sm text-slate-600", className)}>
      <span>{t("language")}</span>
      <select
        value={locale}
        disabled={pending}
        data-testid="language-switcher"
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLocale(chosen)) return;
          startTransition(async () => {
            const result = await setLanguageAction({ locale: chosen, scope });
            if (!result.ok) toast.error(result.message);
            router.refresh();
          });
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
