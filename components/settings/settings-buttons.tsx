"use client";
// Row actions of the settings lists: delete rate group, tags (add / rename / delete), staff
// (invite, change role, remove, revoke invitation).
import { zodResolver } from "@hookform/resolvers/zod";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmButton } from "@/components/catalogs/confirm-button";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { useAction } from "@/lib/actions/use-action";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { BrandRole } from "@/lib/db/generated/enums";
import { changeStaffRoleAction, inviteStaffAction, removeStaffMemberAction, revokeStaffInvitationAction } from "@/lib/settings/actions";
import { BRAND_ROLES, inviteStaffSchema, type InviteStaffInput } from "@/lib/settings/schemas";
import { deleteRateGroupAction } from "@/lib/shipping-rates/actions";
import { createTagAction, deleteTagAction, renameTagAction } from "@/lib/tags/actions";
import { createTagSchema } from "@/lib/tags/schemas";

export function DeleteRateGroupButton({ id, name, links, catalogs }: { id: string; name: string; links: number; catalogs: number }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label={<Trash2 className="size-4" aria-hidden />}
      ariaLabel={`Delete ${name}`}
      title="Delete this shipping rate group?"
      description={`${name} is removed from ${links} order links and ${catalogs} catalogs. Orders keep the fee they were charged. This cannot be undone.`}
      confirmLabel="Delete rate group"
      success="Shipping rate group deleted."
      action={() => deleteRateGroupAction({ id })}
      onDone={() => router.refresh()}
    />
  );
}

export function AddTagForm() {
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<{ name: string }>({ resolver: zodResolver(createTagSchema), defaultValues: { name: "" } });
  const onSubmit = form.handleSubmit(() =>
    run(() => createTagAction(form.getValues()), {
      success: "Tag added.",
      onSuccess: () => {
        form.reset({ name: "" });
        router.refresh();
      },
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, ""),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md items-start gap-2">
      <Field label="New tag" className="flex-1" error={form.formState.errors.name?.message}>
        {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...form.register("name")} />}
      </Field>
      <Button type="submit" pending={pending} className="mt-6">
        Add tag
      </Button>
    </form>
  );
}

export function TagRow({ id, name, orders }: { id: string; name: string; orders: number }) {
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
              success: "Tag renamed.",
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
            <Input aria-label={`New name for ${name}`} value={value} onChange={(e) => setValue(e.target.value)} invalid={Boolean(error)} className="h-9" autoFocus />
            {error && <p className="mt-1 text-xs text-red-600" data-testid="field-error">{error}</p>}
          </div>
          <Button type="submit" size="sm" pending={pending}>
            Save
          </Button>
          <Button size="sm" variant="ghost" onClick={() => { setEditing(false); setValue(name); setError(undefined); }}>
            Cancel
          </Button>
        </form>
      ) : (
        <span>
          <span className="font-medium">{name}</span> <span className="text-xs text-slate-500">· {orders} orders</span>
        </span>
      )}
      {!editing && (
        <span className="flex gap-2">
          <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
            Rename
          </Button>
          <ConfirmButton
            label="Delete"
            title={`Delete the tag ${name}?`}
            description={orders ? `It is removed from ${orders} orders.` : "No order carries it."}
            confirmLabel="Delete tag"
            success="Tag deleted."
            action={() => deleteTagAction({ id })}
            onDone={() => router.refresh()}
          />
        </span>
      )}
    </li>
  );
}

export function InviteStaffForm({ canGrantOwner }: { canGrantOwner: boolean }) {
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<InviteStaffInput>({ resolver: zodResolver(inviteStaffSchema), defaultValues: { email: "", role: "STAFF" } });
  const onSubmit = form.handleSubmit(() =>
    run(() => inviteStaffAction(form.getValues()), {
      success: (d) => (d.status === "added" ? "Member added." : "Invitation sent."),
      onSuccess: () => {
        form.reset({ email: "", role: form.getValues("role") });
        router.refresh();
      },
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, ""),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
      <Field label="Email address" error={form.formState.errors.email?.message}>
        {(p) => <Input id={p.id} type="email" aria-describedby={p.describedBy} invalid={p.invalid} {...form.register("email")} />}
      </Field>
      <Field label="Role" error={form.formState.errors.role?.message}>
        {(p) => (
          <Select id={p.id} aria-describedby={p.describedBy} {...form.register("role")}>
            {BRAND_ROLES.filter((r) => canGrantOwner || r !== "OWNER").map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" pending={pending} className="sm:mt-6">
        Invite
      </Button>
    </form>
  );
}

export function MemberRoleSelect({ memberId, role, name, canTouchOwner }: { memberId: string; role: BrandRole; name: string; canTouchOwner: boolean }) {
  const router = useRouter();
  const { pending, run } = useAction();
  const locked = role === "OWNER" && !canTouchOwner;
  return (
    <Select
      aria-label={`Role of ${name}`}
      defaultValue={role}
      disabled={pending || locked}
      className="h-9 w-32"
      onChange={(e) => {
        const next = e.target.value as BrandRole;
        run(() => changeStaffRoleAction({ memberId, from: role, role: next }), {
          success: `${name} is now ${ROLE_LABELS[next]}.`,
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
          {ROLE_LABELS[r]}
        </option>
      ))}
    </Select>
  );
}

export function RemoveMemberButton({ memberId, name }: { memberId: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Remove"
      title={`Remove ${name}?`}
      description="They lose access to this brand's admin at once. Their account and past actions stay."
      confirmLabel="Remove member"
      success="Member removed."
      action={() => removeStaffMemberAction({ memberId })}
      onDone={() => router.refresh()}
    />
  );
}

export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Revoke"
      title={`Revoke the invitation to ${email}?`}
      description="The invitation link stops working."
      confirmLabel="Revoke invitation"
      success="Invitation revoked."
      action={() => revokeStaffInvitationAction({ invitationId })}
      onDone={() => router.refresh()}
    />
  );
}
