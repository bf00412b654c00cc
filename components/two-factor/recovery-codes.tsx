"use client";
// Recovery codes as shown once, right after 2FA is turned on or the codes are renewed.
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function RecoveryCodes({ codes, children }: { codes: string[]; children?: React.ReactNode }) {
  const t = useTranslations("auth.twoFactor");
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-3" data-testid="recovery-codes">
      <h2 id="recovery-codes-title" className="text-base font-semibold">
        {t("recoveryTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("recoveryIntro")}</p>
      <ul aria-label={t("recoveryList")} className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => navigator.clipboard.writeText(codes.join("\n")).then(() => toast.success(t("copied")), () => undefined)}
        >
          {t("copyCodes")}
        </Button>
        {children}
      </div>
    </section>
  );
}
