"use client";
// The invitee's side of a co-worker invitation: create the account (name, password), or join with
// the account that already exists for the address while signed in as it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { acceptCoworkerInvitationAction, joinCoworkerInvitationAction } from "@/lib/buyer-app/coworker-invitation-actions";
import { acceptCoworkerInvitationSchema, type AcceptCoworkerInvitationInput } from "@/lib/buyer-app/schemas";

function useOutcome() {
  const router = useRouter();
  return {
    onSuccess(outcome: { redirectTo: string }) {
      router.replace(outcome.redirectTo);
      router.refresh();
    },
    onError(result: { code: string }) {
      if (result.code === "NOT_FOUND" || result.code === "ACCOUNT_JUST_CREATED") router.refresh();
    },
  };
}

export function AcceptCoworkerInvitationForm({ token, email, suggestedName, organization }: { token: string; email: string; suggestedName: string; organization: string }) {
  const t = useTranslations("auth.coworkerInvitation");
  const outcome = useOutcome();
  const { pending, run } = useAction();
  const form = useForm<AcceptCoworkerInvitationInput>({
    resolver: zodResolver(acceptCoworkerInvitationSchema),
    defaultValues: { token, email, name: suggestedName, password: "", confirmPassword: "" },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => acceptCoworkerInvitationAction(values), {
      success: t("welcome", { organization }),
      onSuccess: outcome.onSuccess,
      onError: (result) => {
        applyFieldErrors(form, result.fieldErrors);
        outcome.onError(result);
      },
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-4">
      <Field label={t("name")} error={errors.name?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} autoComplete="name" aria-describedby={describedBy} invalid={invalid} {...form.register("name")} />}
      </Field>
      <NewPasswordFields
        email={email}
        password={form.register("password")}
        confirmPassword={form.register("confirmPassword")}
        errors={{ password: errors.password?.message, confirmPassword: errors.confirmPassword?.message }}
        labels={{ password: t("password"), confirmPassword: t("confirmPassword") }}
      />
      <Button type="submit" className="w-full" pending={pending}>
        {t("createAndJoin")}
      </Button>
    </form>
  );
}

export function JoinCoworkerInvitationButton({ token, organization }: { token: string; organization: string }) {
  const t = useTranslations("auth.coworkerInvitation");
  const outcome = useOutcome();
  const { pending, run } = useAction();
  return (
    <Button className="w-full" pending={pending} onClick={() => run(() => joinCoworkerInvitationAction({ token }), { success: t("joined", { organization }), onSuccess: outcome.onSuccess, onError: outcome.onError })}>
      {t("join", { organization })}
    </Button>
  );
}
