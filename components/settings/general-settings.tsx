"use client";
// General brand settings (home country decides Domestic vs International) and add-ons.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyPrefixedErrors } from "@/components/catalogs/form-errors";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { useAction } from "@/lib/actions/use-action";
import { updateAddOnsAction, updateBrandSettingsAction } from "@/lib/settings/actions";
import { brandSettingsSchema, type BrandSettingsInput } from "@/lib/settings/schemas";

export function GeneralSettingsForm({ defaultValues }: { defaultValues: BrandSettingsInput }) {
  const router = useRouter();
  const { pending, run } = useAction();
  const form = useForm<BrandSettingsInput>({ resolver: zodResolver(brandSettingsSchema), defaultValues });
  const { register, handleSubmit, formState, getValues } = form;
  const onSubmit = handleSubmit(() =>
    run(() => updateBrandSettingsAction(getValues()), { success: "Settings saved.", onSuccess: () => router.refresh(), onError: (r) => applyPrefixedErrors(form, r.fieldErrors, "") }),
  );
  return (
    <Card className="p-5">
      <h2 className="mb-4 text-base font-semibold">General</h2>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-3">
        <Field label="Brand name" error={formState.errors.name?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} {...register("name")} />}
        </Field>
        <Field label="Home country" hint="Two-letter code, e.g. JP. Orders shipping elsewhere are International." error={formState.errors.homeCountry?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} maxLength={2} {...register("homeCountry")} />}
        </Field>
        <Field label="Default currency" hint="e.g. JPY, USD" error={formState.errors.defaultCurrency?.message}>
          {(p) => <Input id={p.id} aria-describedby={p.describedBy} invalid={p.invalid} maxLength={3} {...register("defaultCurrency")} />}
        </Field>
        <div className="md:col-span-3">
          <Button type="submit" pending={pending}>
            Save settings
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function AddOnsForm({ stripeEnabled, nextEngineEnabled, keys }: { stripeEnabled: boolean; nextEngineEnabled: boolean; keys: { secretKey: boolean; webhookSecret: boolean } }) {
  const router = useRouter();
  const { pending, run } = useAction();
  const [values, setValues] = useState({ stripeEnabled, nextEngineEnabled });
  function save(next: typeof values) {
    const before = values;
    setValues(next);
    run(() => updateAddOnsAction(next), { success: "Add-ons saved.", onSuccess: () => router.refresh(), onError: () => setValues(before) });
  }
  return (
    <Card className="space-y-5 p-5">
      <h2 className="text-base font-semibold">Add-ons</h2>
      <div className="space-y-2">
        <Switch
          label="Stripe Credit Card Payment"
          description="Buyers can pay by card at checkout. The address input field is then always shown."
          checked={values.stripeEnabled}
          disabled={pending}
          onCheckedChange={(checked) => save({ ...values, stripeEnabled: checked })}
        />
        <p className="ml-14 flex flex-wrap gap-2 text-xs text-slate-600" data-testid="stripe-keys">
          Secret key {keys.secretKey ? <Badge tone="green">Configured</Badge> : <Badge tone="amber">Not configured</Badge>}
          Webhook secret {keys.webhookSecret ? <Badge tone="green">Configured</Badge> : <Badge tone="amber">Not configured</Badge>}
        </p>
      </div>
      <Switch
        label="NEXT ENGINE Order Integration"
        description="Send orders to NEXT ENGINE; addresses are required on orders."
        checked={values.nextEngineEnabled}
        disabled={pending}
        onCheckedChange={(checked) => save({ ...values, nextEngineEnabled: checked })}
      />
    </Card>
  );
}
