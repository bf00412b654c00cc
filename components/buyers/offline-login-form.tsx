"use client";
// Customer Order Link login (email + password) of an offline buyer managed by this brand.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { setOfflineLoginAction } from "@/lib/buyers/actions";
import { offlineLoginSchema, type OfflineLoginInput } from "@/lib/buyers/schemas";

export function OfflineLoginForm({ buyerId, email, hasPassword }: { buyerId: string; email: string | null; hasPassword: boolean }) {
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<OfflineLoginInput>({ resolver: zodResolver(offlineLoginSchema), defaultValues: { buyerId, linkLoginEmail: email ?? "", linkLoginPassword: "" } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => setOfflineLoginAction(values), {
      success: "Customer Order Link login saved.",
      onSuccess: () => {
        form.reset({ buyerId, linkLoginEmail: values.linkLoginEmail, linkLoginPassword: "" });
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Customer Order Link login" className="grid gap-4 sm:grid-cols-2">
      <p className="text-sm text-slate-600 sm:col-span-2">
        {email && hasPassword ? `Login with Offline Buyer is set for ${email}.` : "No login set yet."} Several offline buyers may share one email.
      </p>
      <Field label="Login email" error={errors.linkLoginEmail?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="email" aria-describedby={describedBy} invalid={invalid} {...form.register("linkLoginEmail")} />}
      </Field>
      <Field label="Login password" error={errors.linkLoginPassword?.message} hint="At least 8 characters. Share it with the buyer.">
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} {...form.register("linkLoginPassword")} />}
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          Save login
        </Button>
      </div>
    </form>
  );
}
