"use client";
// The Language setting of the profile page: English, 日本語 (each named in itself), or no setting
// of one's own. Saved at once on the user; the page then speaks the new language.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Field } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { saveProfileLanguageAction } from "@/lib/profile/actions";
import { profileLanguageSchema, type ProfileLanguage, type ProfileLanguageInput } from "@/lib/profile/schemas";

export function ProfileLanguageForm({ language, defaultLabel }: { language: ProfileLanguage; /** What "no setting" means for this user. */ defaultLabel: string }) {
  const t = useTranslations("auth.profile");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<ProfileLanguageInput>({ resolver: zodResolver(profileLanguageSchema), defaultValues: { language } });
  const onSubmit = form.handleSubmit((values) =>
    run(() => saveProfileLanguageAction(values), {
      success: t("saved"),
      onSuccess: (data) => {
        form.reset({ language: data.language });
        router.refresh();
      },
      onError: (result) => applyFieldErrors(form, result.fieldErrors),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("language")} className="flex max-w-md flex-wrap items-start gap-3">
      <Field label={t("language")} hint={t("languageHint")} error={form.formState.errors.language?.message} className="min-w-56 flex-1">
        {({ id, describedBy, invalid }) => (
          <Select id={id} aria-describedby={describedBy} invalid={invalid} data-testid="profile-language" {...form.register("language")}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
            <option value="default">{defaultLabel}</option>
          </Select>
        )}
      </Field>
      <Button type="submit" pending={pending} className="mt-6">
        {t("save")}
      </Button>
    </form>
  );
}
