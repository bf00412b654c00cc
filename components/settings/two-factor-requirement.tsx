"use client";
// Settings > Staff: the Owner's "Require two-factor authentication for all staff" switch; other
// roles see whether it is on.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { useAction } from "@/lib/actions/use-action";
import { setTwoFactorRequirementAction } from "@/lib/settings/two-factor-actions";

export function TwoFactorRequirement({ required, isOwner }: { required: boolean; isOwner: boolean }) {
  const t = useTranslations("settings.staff");
  const router = useRouter();
  const { pending, run } = useAction();
  const [value, setValue] = useState(required);
  function save(next: boolean) {
    setValue(next);
    run(() => setTwoFactorRequirementAction({ required: next }), { success: t("requireTwoFactorSaved"), onSuccess: () => router.refresh(), onError: () => setValue(!next) });
  }
  return (
    <Card className="space-y-2 p-5" data-testid="two-factor-requirement">
      <h2 className="text-base font-semibold">{t("twoFactorTitle")}</h2>
      {isOwner ? (
        <Switch label={t("requireTwoFactor")} description={t("requireTwoFactorDescription")} checked={value} disabled={pending} onCheckedChange={save} />
      ) : (
        <p className="text-sm text-slate-600">
          {value ? t("requireTwoFactorOn") : t("requireTwoFactorOff")} {t("requireTwoFactorOwnerOnly")}
        </p>
      )}
    </Card>
  );
}
