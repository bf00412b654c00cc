"use client";
// Brand-specific credentials (unique code + passcode) for Login with Brand-Specific Credentials.
import { zodResolver } from "@hookform/resolvers/zod";
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
  const router = useRouter();
  const { pending, run } = useAction();
  const reset = useAction();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const form = useForm<BrandCredentialsInput>({ resolver: zodResolver(brandCredentialsSchema), defaultValues: { buyerId, uniqueCode: uniqueCode ?? "", passcode: "" } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => setBrandCredentialsAction(values), {
      success: "Brand-specific credentials saved.",
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
        {uniqueCode && hasPasscode ? (
          <>
            Set: unique code <strong className="font-mono">{uniqueCode}</strong> with a passcode.
          </>
        ) : (
          "Not set. The buyer cannot log in with brand-specific credentials."
        )}
      </p>
      <form onSubmit={onSubmit} noValidate aria-label="Brand-specific credentials" className="grid gap-4 sm:grid-cols-2">
        <Field label="Unique code" error={errors.uniqueCode?.message} hint="Unique within your brand.">
          {({ id, describedBy, invalid }) => <Input id={id} autoComplete="off" aria-describedby={describedBy} invalid={invalid} {...form.register("uniqueCode")} />}
        </Field>
        <Field label="Passcode" error={errors.passcode?.message} hint={hasPasscode ? "Enter a new passcode to replace the current one." : "At least 6 characters."}>
          {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} {...form.register("passcode")} />}
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" pending={pending}>
            {uniqueCode ? "Save credentials" : "Set credentials"}
          </Button>
          {uniqueCode && (
            <Dialog open={confirmOpen} onOpenChange={setConfirmOpen}>
              <DialogTrigger asChild>
                <Button variant="secondary">Reset credentials</Button>
              </DialogTrigger>
              <DialogContent
                title="Reset credentials"
                description="The unique code and passcode are removed and stop working at once."
                footer={
                  <>
                    <DialogClose asChild>
                      <Button variant="secondary">Cancel</Button>
                    </DialogClose>
                    <Button
                      variant="danger"
                      pending={reset.pending}
                      onClick={() =>
                        reset.run(() => resetBrandCredentialsAction({ buyerId }), {
                          success: "Brand-specific credentials removed.",
                          onSuccess: () => {
                            setConfirmOpen(false);
                            form.reset({ buyerId, uniqueCode: "", passcode: "" });
                            router.refresh();
                          },
                        })
                      }
                    >
                      Reset credentials
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
