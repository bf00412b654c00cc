"use client";
// Settings › API keys: the "Create API key" dialog (name and scopes, then the secret shown once
// with a copy button) and a key's "Revoke" button (asks first).
import { zodResolver } from "@hookform/resolvers/zod";
import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/catalogs/confirm-button";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/controls";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field, FieldError, Input } from "@/components/ui/field";
import { useAction } from "@/lib/actions/use-action";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api-keys/actions";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/api-keys/schemas";
import { API_SCOPES, scopeMessageName } from "@/lib/api-keys/scopes";

function SecretView({ secret, onDone }: { secret: string; onDone: () => void }) {
  const t = useTranslations("api.keys");
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      toast.success(t("copied"));
    } catch {
      toast.message(t("copyByHand"), { duration: 15_000 });
    }
  }
  return (
    <div className="space-y-4">
      <div>
        <p className="mb-1 text-sm font-medium text-slate-700" id="api-key-secret-label">
          {t("secretLabel")}
        </p>
        <code aria-labelledby="api-key-secret-label" data-testid="api-key-secret" className="block rounded-md bg-slate-100 p-3 font-mono text-sm break-all select-all">
          {secret}
        </code>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={copy}>
          <Copy className="size-4" aria-hidden />
          {t("copy")}
        </Button>
        <Button onClick={onDone}>{t("done")}</Button>
      </div>
    </div>
  );
}

export function CreateApiKeyButton() {
  const t = useTranslations("api.keys");
  const tScopes = useTranslations("api.scopes");
  const common = useTranslations("common");
  const router = useRouter();
  const { pending, run } = useAction();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<CreateApiKeyInput>({ resolver: zodResolver(createApiKeySchema), defaultValues: { name: "", scopes: [] } });

  function close(next: boolean) {
    setOpen(next);
    if (!next) {
      // The secret leaves the page with the dialog: it is never shown again.
      setSecret(null);
      form.reset({ name: "", scopes: [] });
      router.refresh();
    }
  }

  const onSubmit = form.handleSubmit(() =>
    run(() => createApiKeyAction(form.getValues()), {
      success: t("created"),
      onSuccess: (key) => setSecret(key.secret),
      onError: (r) => applyPrefixedErrors(form, r.fieldErrors, ""),
    }),
  );

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogTrigger asChild>
        <Button>{t("create")}</Button>
      </DialogTrigger>
      {secret ? (
        <DialogContent title={t("secretTitle")} description={t("secretDescription")}>
          <SecretView secret={secret} onDone={() => close(false)} />
        </DialogContent>
      ) : (
        <DialogContent title={t("createTitle")} description={t("createDescription")}>
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <Field label={t("name")} error={form.formState.errors.name?.message}>
              {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} placeholder={t("namePlaceholder")} {...form.register("name")} />}
            </Field>
            <fieldset aria-describedby="api-key-scopes-error">
              <legend className="mb-2 text-sm font-medium text-slate-700">{t("scopes")}</legend>
              <ul className="space-y-2">
                {API_SCOPES.map((scope) => (
                  <li key={scope}>
                    <Checkbox value={scope} {...form.register("scopes")} label={<code className="font-mono text-sm">{tScopes(`${scopeMessageName(scope)}.label`)}</code>} />
                    <p className="ml-6 text-xs text-slate-500">{tScopes(`${scopeMessageName(scope)}.description`)}</p>
                  </li>
                ))}
              </ul>
              <FieldError id="api-key-scopes-error" message={form.formState.errors.scopes?.message} className="mt-1 text-xs" />
            </fieldset>
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="secondary">{common("cancel")}</Button>
              </DialogClose>
              <Button type="submit" pending={pending}>
                {t("createButton")}
              </Button>
            </div>
          </form>
        </DialogContent>
      )}
    </Dialog>
  );
}

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("api.keys");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("revoke")}
      ariaLabel={t("revokeNamed", { name })}
      title={t("revokeTitle", { name })}
      description={t("revokeDescription")}
      confirmLabel={t("revokeConfirm")}
      success={t("revoked")}
      action={() => revokeApiKeyAction({ id })}
      onDone={() => router.refresh()}
    />
  );
}
