"use client";
// Row actions of the settings lists: delete rate group, tags (add / rename / delete), staff
// (invite, change role, remove, revoke invitation).
import { zodResolver } from "@hookform/resolvers/zod";
import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmButton } from "@/components/catalogs/confirm-button";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import { useAction } from "@/lib/actions/use-action";
import type { BrandRole } from "@/lib/db/generated/enums";
import { changeStaffRoleAction, inviteStaffAction, removeStaffMemberAction, revokeStaffInvitationAction } from "@/lib/settings/actions";
import { BRAND_ROLES, inviteStaffSchema, type InviteStaffInput } from "@/lib/settings/schemas";
import { deleteRateGroupAction } from "@/lib/shipping-rates/actions";
import { createTagAction, deleteTagAction, renameTagAction } from "@/lib/tags/actions";
import { createTagSchema } from "@/lib/tags/schemas";

export function DeleteRateGroupButton({ id, name, links, catalogs }: { id: string; name: string; links: number; catalogs: number }) {
  const t = useTranslations("settings.shippingRates");
  const router = useRouter();
  return (
    <ConfirmButton
      label={<Trash2 className="size-4" aria-hidden />}
      ariaLabel={t("deleteNamed", { name })}
      title={t("deleteTitle")}
      description={t("deleteDescription", { name, links, catalogs })}
      confirmLabel={t("deleteConfirm")}
      success={t("deleted")}
      action={() => deleteRateGroupAction({ id })}
      onDone={() => router.refresh()}
    />
  );
}

export function AddTagForm() {
  const t = useTranslations("settings.tags");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<{ name: string }>({ resolver: zodResolver(createTagSchema), defaultValues: { name: "" } });
  const onSubmit = form.handleSubmit(() =>
    run(() => createTagAction(form.getValues()), {
      success: t("added"),
      onSuccess: () => {
        form.reset({ name: "" });
        router.refresh();
      },
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, ""),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md items-start gap-2">
      <Field label={t("newTag")} className="flex-1" error={form.formState.errors.name?.message}>
        {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...form.register("name")} />}
      </Field>
      <Button type="submit" pending={pending} className="mt-6">
        {t("add")}
      </Button>
    </form>
  );
}

export function TagRow({ id, name, orders }: { id: string; name: string; orders: number }) {
  const t = useTranslations("settings.tags");
  const common = useTranslations("common");
  const router = useRouter();
  const { pending, run } = useAction();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
      {editing ? (
        <form
          className="flex items-start gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => renameTagAction({ id, name: value }), {
              success: t("renamed"),
              onSuccess: () => {
                setEditing(false);
                setError(undefined);
                router.refresh();
              },
              onError: (r) => setError(r.fieldErrors?.name ?? r.message),
            });
          }}
        >
          <div>
            <Input aria-label={t("newNameFor", { name })} value={value} onChange={(e) => setValue(e.target.value)} invalid={Boolean(error)} className="h-9" autoFocus />
            <FieldError message={error} className="mt-1 text-xs" />
          </div>
          <Button type="submit" size="sm" pending={pending}>
            {common("save")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => { setEditing(false); setValue(name); setError(undefined); }}>
            {common("cancel")}
          </Button>
        </form>
      ) : (
        <span>
          <span className="font-medium">{name}</span> <span className="text-xs text-slate-500">· {common("orders", { count: orders })}</span>
        </span>
      )}
      {!editing && (
        <span className="flex gap-2">
          <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
            {t("rename")}
          </Button>
          <ConfirmButton
            label={common("delete")}
            title={t("deleteTitle", { name })}
            description={t("deleteDescription", { count: orders })}
            confirmLabel={t("deleteConfirm")}
            success={t("deleted")}
            action={() => deleteTagAction({ id })}
            onDone={() => router.refresh()}
          />
        </span>
      )}
    </li>
  );
}

export function InviteStaffForm({ canGrantOwner }: { canGrantOwner: boolean }) {
  const t = useTranslations("settings.staff");
  const tStatus = useTranslations("status.role");
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<InviteStaffInput>({ resolver: zodResolver(inviteStaffSchema), defaultValues: { email: "", role: "STAFF" } });
  const onSubmit = form.handleSubmit(() =>
    run(() => inviteStaffAction(form.getValues()), {
      success: (d) => (d.status === "added" ? t("added") : t("invited")),
      onSuccess: () => {
        form.reset({ email: "", role: form.getValues("role") });
        router.refresh();
      },
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, ""),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
      <Field label={t("emailAddress")} error={form.formState.errors.email?.message}>
        {(p) => <Input id={p.id} type="email" aria-describedby={p.describedBy} invalid={p.invalid} {...form.register("email")} />}
      </Field>
      <Field label={t("role")} error={form.formState.errors.role?.message}>
        {(p) => (
          <Select id={p.id} aria-describedby={p.describedBy} {...form.register("role")}>
            {BRAND_ROLES.filter((r) => canGrantOwner || r !== "OWNER").map((r) => (
              <option key={r} value={r}>
                {tStatus(r)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" pending={pending} className="sm:mt-6">
        {t("inviteButton")}
      </Button>
    </form>
  );
}

export function MemberRoleSelect({ memberId, role, name, canTouchOwner }: { memberId: string; role: BrandRole; name: string; canTouchOwner: boolean }) {
  const t = useTranslations("settings.staff");
  const tStatus = useTranslations("status.role");
  const router = useRouter();
  const { pending, run } = useAction();
  const locked = role === "OWNER" && !canTouchOwner;
  return (
    <Select
      aria-label={t("roleOf", { name })}
      defaultValue={role}
      disabled={pending || locked}
      className="h-9 w-32"
      onChange={(e) => {
        const next = e.target.value as BrandRole;
        run(() => changeStaffRoleAction({ memberId, from: role, role: next }), {
          success: t("roleChanged", { name, role: tStatus(next) }),
          onSuccess: () => router.refresh(),
          onError: () => {
            e.target.value = role;
            router.refresh();
          },
        });
      }}
    >
      {BRAND_ROLES.filter((r) => canTouchOwner || r !== "OWNER" || role === "OWNER").map((r) => (
        <option key={r} value={r}>
          {tStatus(r)}
        </option>
      ))}
    </Select>
  );
}

export function RemoveMemberButton({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("settings.staff");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("remove")}
      title={t("removeTitle", { name })}
      description={t("removeDescription")}
      confirmLabel={t("removeConfirm")}
      success={t("removed")}
      action={() => removeStaffMemberAction({ memberId })}
      onDone={() => router.refresh()}
    />
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("settings.staff");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("revoke")}
      title={t("revokeTitle", { email })}
      description={t("revokeDescription")}
      confirmLabel={t("revokeConfirm")}
      success={t("revoked")}
      action={() => revokeStaffInvitationAction({ invitationId })}
      onDone={() => router.refresh()}
    />
  );
}
