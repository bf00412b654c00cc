// The profile pages' two-factor section: on or off, recovery codes left, and (when on) renewing the
// codes or turning 2FA off; set-up itself happens on its own page.
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { TWO_FACTOR_SETUP_PATH } from "@/lib/auth/two-factor/requirement";
import type { TwoFactorStatus } from "@/lib/auth/two-factor/status";
import { TwoFactorManage } from "./two-factor-manage";

/** requiredBy: the brand that requires 2FA of its staff, for a warning beside "Turn off". */
export async function TwoFactorSection({ status, requiredBy }: { status: TwoFactorStatus; requiredBy?: string | null }) {
  const [t, format] = await Promise.all([getTranslations("auth.twoFactor.section"), getFormatter()]);
  return (
    <Card className="space-y-4 p-5" data-testid="two-factor-section">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{t("title")}</h2>
        <Badge tone={status.enabled ? "green" : "gray"}>{status.enabled ? t("on") : t("off")}</Badge>
      </div>
      {status.enabled && status.enabledAt ? (
        <>
          <p className="text-sm text-slate-600">
            {t("onSince", { date: format.dateTime(status.enabledAt, { dateStyle: "medium" }) })} · {t("codesLeft", { count: status.recoveryCodesLeft })}
          </p>
          {requiredBy && <p className="text-xs text-amber-800">{t("requiredByBrand", { brand: requiredBy })}</p>}
          <TwoFactorManage />
        </>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">{t("offText")}</p>
          <Link href={TWO_FACTOR_SETUP_PATH} className="inline-flex h-8 items-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700" data-testid="two-factor-set-up">
            {t("setUp")}
          </Link>
        </div>
      )}
    </Card>
  );
}
