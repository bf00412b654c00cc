"use client";
// Brand-specific credentials (unique code + passcode) for Login with Brand-Specific Credentials.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { resetBrandCredentialsAction, setBrandCredentialsAction } from "@/lib/buyers/actions";
import { brandCredentialsSchema, type BrandCredentialsInput } from "@/lib/buyers/schemas";

export function BrandCredentialsForm({ buyerId, uniqueCode, hasPasscode }: { buyerId: string; uniqueCode: string | null; hasPasscode: boolean }) {
  const t = useTranslations("buyers.credentials");
  const common = useTranslations("common");
  const router = useRouter();
  const { pending, run } = useAction();
  const reset = useAction();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const form = useForm<BrandCredentialsInput>({ resolver: zodResolver(brandCredentialsSchema), defaultValues: { buyerId, uniqueCode: uniqueCode ?? "", passcode: "" } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => setBrandCredentialsAction(values), {
      success: t("saved"),
      onSuccess: () => {
        form.reset({ buyerId, uniqueCode: values.uniqueCode, passcode: "" });
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600" data-testid="credentials-state">
        {uniqueCode && hasPasscode
          ? t.rich("isSet", { code: uniqueCode, strong: (chunks) => <strong className="font-mono">{chunks}</strong> })
          : t("notSet")}
      </p>
      <form onSubmit={onSubmit} noValidate aria-label={t("label")} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("uniqueCode")} error={errors.uniqueCode?.message} hint={t("uniqueCodeHint")}>
          {({ id, describedBy, invalid }) => <Input id={id} autoComplete="off" aria-describedby={describedBy} invalid={invalid} {...form.register("uniqueCode")} />}
        </Field>
        <Field label={t("passcode")} error={errors.passcode?.message} hint={hasPasscode ? t("passcodeReplaceHint") : t("passcodeHint")}>
          {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} {...form.register("passcode")} />}
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" pending={pending}>
            {uniqueCode ? t("save") : t("set")}
          </Button>
          {uniqueCode && (
            <Dialog open={confirmOpen} onOpenChange={setConfirmOpen}>
              <DialogTrigger asChild>
                <Button variant="secondary">{t("reset")}</Button>
              </DialogTrigger>
              <DialogContent
                title={t("reset")}
                description={t("resetDescription")}
                footer={
                  <>
                    <DialogClose asChild>
                      <Button variant="secondary">{common("cancel")}</Button>
                    </DialogClose>
                    <Button
                      variant="danger"
                      pending={reset.pending}
                      onClick={() =>
                        reset.run(() => resetBrandCredentialsAction({ buyerId }), {
                          success: t("removed"),
                          onSuccess: () => {
                            setConfirmOpen(false);
                            form.reset({ buyerId, uniqueCode: "", passcode: "" });
                            router.refresh();
                          },
                        })
                      }
                    >
                      {t("reset")}
                    </Button>
                  </>
                }
              />
            </Dialog>
          )}
        </div>
      </form>
    </div>
  );
}
