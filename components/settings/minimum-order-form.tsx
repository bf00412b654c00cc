"use client";
// Settings > General: the brand's minimum order value per currency it sells in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useAction } from "@/lib/actions/use-action";
import { updateMinimumOrderAction } from "@/lib/settings/actions";
import { minimumOrderSchema, type MinimumOrderRow } from "@/lib/settings/schemas";
import { MinimumOrderFields } from "./minimum-order-fields";

export function MinimumOrderForm({ rows }: { rows: MinimumOrderRow[] }) {
  const t = useTranslations("orderRules.admin.minimumOrder");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<{ minimumOrder: MinimumOrderRow[] }>({ resolver: zodResolver(minimumOrderSchema), defaultValues: { minimumOrder: rows } });
  const { register, handleSubmit, formState, getValues } = form;
  const onSubmit = handleSubmit(() =>
    run(() => updateMinimumOrderAction(getValues()), { success: t("saved"), onSuccess: () => router.refresh(), onError: (r) => applyPrefixedErrors(form, r.fieldErrors, "") }),
  );
  return (
    <Card className="p-5">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="mb-4 text-sm text-slate-600">{t("settingsDescription")}</p>
      <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-4">
        <MinimumOrderFields currencies={rows.map((r) => r.currency)} register={register} errors={formState.errors} />
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}
