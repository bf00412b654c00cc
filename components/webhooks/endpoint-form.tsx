"use client";
// The endpoint form: its URL and the events it receives. Adding one shows its signing secret once;
// editing keeps the secret.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import { useAction } from "@/lib/actions/use-action";
import { createWebhookEndpointAction, updateWebhookEndpointAction } from "@/lib/webhooks/actions";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/event-types";
import { endpointFormSchema, type EndpointFormInput } from "@/lib/webhooks/schemas";
import { eventLabelKey } from "./event-label";
import { SecretReveal } from "./secret-reveal";

type Props = { endpoint?: { id: string; url: string; events: string[] } };

export function EndpointForm({ endpoint }: Props) {
  const t = useTranslations("webhooks.form");
  const tEvents = useTranslations("webhooks.events");
  const router = useRouter();
  const { pending, run } = useAction();
  const [secret, setSecret] = useState<string>();
  const blank: EndpointFormInput = { url: "", events: [] };
  const form = useForm<EndpointFormInput>({
    resolver: zodResolver(endpointFormSchema),
    defaultValues: endpoint ? { url: endpoint.url, events: endpoint.events as WebhookEventType[] } : blank,
  });
  const { register, handleSubmit, formState, getValues } = form;
  const done = { onError: (r: { fieldErrors?: Record<string, string> }) => applyPrefixedErrors(form, r.fieldErrors, "") };
  const onSubmit = handleSubmit(() =>
    endpoint
      ? run(() => updateWebhookEndpointAction({ ...getValues(), id: endpoint.id }), { ...done, success: t("saved"), onSuccess: () => router.refresh() })
      : run(() => createWebhookEndpointAction(getValues()), {
          ...done,
          success: t("added"),
          onSuccess: (created) => {
            setSecret(created.secret);
            form.reset(blank);
            router.refresh();
          },
        }),
  );
  const title = endpoint ? t("editTitle") : t("addTitle");
  return (
    <div className="space-y-4">
      {secret && <SecretReveal secret={secret} onDone={() => setSecret(undefined)} />}
      <Card className="p-5">
        <h2 className="mb-4 text-base font-semibold">{title}</h2>
        <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-4">
          <Field label={t("url")} hint={t("urlHint")} error={formState.errors.url?.message}>
            {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} type="url" inputMode="url" {...register("url")} />}
          </Field>
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t("events")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {WEBHOOK_EVENT_TYPES.map((type) => (
                <Checkbox
                  key={type}
                  value={type}
                  label={
                    <span>
                      {tEvents(eventLabelKey(type) as never)} <code className="text-xs text-slate-500">{type}</code>
                    </span>
                  }
                  {...register("events")}
                />
              ))}
            </div>
            <FieldError message={formState.errors.events?.message ?? formState.errors.events?.root?.message} className="mt-1" />
          </fieldset>
          <Button type="submit" pending={pending}>
            {endpoint ? t("save") : t("add")}
          </Button>
        </form>
      </Card>
    </div>
  );
}
