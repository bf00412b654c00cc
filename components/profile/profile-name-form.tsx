"use client";
// The profile page's name: saved on the user, shown to co-workers and on the orders they place.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { saveProfileNameAction } from "@/lib/profile/actions";
import { profileNameSchema, type ProfileNameInput } from "@/lib/profile/schemas";

export function ProfileNameForm({ name }: { name: string }) {
  const t = useTranslations("auth.profile");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<ProfileNameInput>({ resolver: zodResolver(profileNameSchema), defaultValues: { name } });
  const onSubmit = form.handleSubmit((values) =>
    run(() => saveProfileNameAction(values), {
      success: t("nameSaved"),
      onSuccess: (data) => {
        form.reset({ name: data.name });
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("name")} className="flex max-w-md flex-wrap items-start gap-3">
      <Field label={t("name")} hint={t("nameHint")} error={form.formState.errors.name?.message} className="min-w-56 flex-1">
        {({ id, describedBy, invalid }) => <Input id={id} autoComplete="name" aria-describedby={describedBy} invalid={invalid} data-testid="profile-name-input" {...form.register("name")} />}
      </Field>
      <Button type="submit" pending={pending} className="mt-6">
        {t("saveName")}
      </Button>
    </form>
  );
}
