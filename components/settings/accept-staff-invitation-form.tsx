"use client";
// The invitee's side of a staff invitation: choose a name and password (a new account), or join
// with the account that already exists for the invited address while signed in as it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, useAction } from "@/lib/actions/use-action";
import { acceptStaffInvitationAction, joinStaffInvitationAction, type InvitationOutcome } from "@/lib/settings/invitation-actions";
import { acceptStaffInvitationSchema, type AcceptStaffInvitationInput } from "@/lib/settings/schemas";

function useOutcome() {
  const router = useRouter();
  return {
    onSuccess(outcome: InvitationOutcome) {
      router.replace(outcome.redirectTo);
      router.refresh();
    },
    // A token that stopped being valid meanwhile: show the page's "no longer valid" state.
    onError(result: { code: string }) {
      if (result.code === "NOT_FOUND") router.refresh();
    },
  };
}

export function AcceptStaffInvitationForm({ token, email, brandName }: { token: string; email: string; brandName: string }) {
  const t = useTranslations("auth.staffInvitation");
  const outcome = useOutcome();
  const { pending, run } = useAction();
  const form = useForm<AcceptStaffInvitationInput>({
    resolver: zodResolver(acceptStaffInvitationSchema),
    defaultValues: { token, email, name: "", password: "", confirmPassword: "" },
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    run(() => acceptStaffInvitationAction(values), {
      success: t("welcome", { brand: brandName }),
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

export function JoinWithAccountButton({ token, brandName }: { token: string; brandName: string }) {
  const t = useTranslations("auth.staffInvitation");
  const outcome = useOutcome();
  const { pending, run } = useAction();
  return (
    <Button
      className="w-full"
      pending={pending}
      onClick={() => run(() => joinStaffInvitationAction({ token }), { success: t("joined", { brand: brandName }), onSuccess: outcome.onSuccess, onError: outcome.onError })}
    >
      {t("join", { brand: brandName })}
    </Button>
  );
}
