"use client";
// The Create a New Link / Edit form of all three link types, sections as in the help page for
// Customer Order Links. Validated in the browser and on the server by the same zod schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Controller, useFieldArray, useForm, useWatch, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox, Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { Badge } from "@/components/ui/badge";
import { useAction } from "@/lib/actions/use-action";
import { createLinkAction, updateLinkAction } from "@/lib/links/actions";
import { linkForcesAddress } from "@/lib/links/forced-address";
import { LANGUAGE_LABELS, LINK_CURRENCIES, linkTabOfType } from "@/lib/links/link-types";
import type { LinkFormOptions } from "@/lib/links/queries";
import { linkFormSchemaFor, PASSCODE_MAX, PASSCODE_MIN, type LinkFormInput } from "@/lib/links/schemas";
import { browserTimeZone, DateTimeInput } from "./date-time-input";
import { CatalogStatusBadge } from "./link-status-badge";
import { MediaUpload, type UploadedMedia } from "./media-upload";

type Props = {
  linkId?: string;
  defaults: LinkFormInput;
  options: LinkFormOptions;
  brand: { stripeEnabled: boolean; nextEngineEnabled: boolean };
  media: { video: UploadedMedia | null; backgroundImage: UploadedMedia | null };
  hasPasscode: boolean;
};

const subscribe = () => () => {};

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <Card className="p-5 sm:p-6">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-5 space-y-6">{children}</div>
    </Card>
  );
}

function Group({ title, children, error, hint }: { title: string; children: React.ReactNode; error?: string; hint?: React.ReactNode }) {
  return (
    <fieldset className="space-y-3" aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-semibold text-slate-800">{title}</legend>
      {hint && <div className="text-xs text-slate-500">{hint}</div>}
      {children}
      {error && (
        <p className="text-sm text-red-600" data-testid="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function countryLabel(country: string | null) {
  if (!country) return "All Countries";
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(country) ?? country;
  } catch {
    return country;
  }
}

export function LinkForm({ linkId, defaults, options, brand, media, hasPasscode }: Props) {
  const router = useRouter();
  const { pending, run } = useAction();
  const tab = linkTabOfType(defaults.type);
  // The server's rules, checked as each field is left (and again on submit): a past expiration or
  // an empty passcode is reported before anything is sent. An edit is judged against the stored link.
  const [schema] = useState(() => linkFormSchemaFor(linkId ? { expiresAt: defaults.expiresAt || null, hasPasscode } : null));
  const form = useForm<LinkFormInput>({ resolver: zodResolver(schema), defaultValues: defaults, mode: "onTouched" });
  const { register, control, formState, setValue, setError, clearErrors } = form;
  const errors = formState.errors;
  const contacts = useFieldArray({ control, name: "contacts" });
  const values = useWatch({ control }) as LinkFormInput;
  const [uploaded, setUploaded] = useState(media);
  const timeZone = useSyncExternalStore(subscribe, browserTimeZone, () => "");
  const isCustomer = defaults.type === "CUSTOMER";
  const isInstant = defaults.type === "INSTANT";
  const forced = linkForcesAddress({ shippingRateGroupIds: values.shippingRateGroupIds ?? [], paymentMethods: values.paymentMethods ?? [] });
  const err = (name: Path<LinkFormInput>) => {
    const parts = name.split(".");
    let node: unknown = errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    return (node as { message?: string } | undefined)?.message;
  };

  function toggleIn(name: "catalogIds" | "paymentMethods" | "shippingRateGroupIds" | "lookbookIds", id: string, on: boolean) {
    const current = (form.getValues(name) ?? []) as string[];
    const next = on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id);
    setValue(name, next as never, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  }

  const onSubmit = form.handleSubmit((input) => {
    const call = linkId ? () => updateLinkAction({ id: linkId, values: input }) : () => createLinkAction(input);
    run<unknown>(call, {
      success: linkId ? "The link was saved." : `The ${tab.singular} was created.`,
      onSuccess: () => {
        router.push(linkId ? `/admin/links/${linkId}` : `/admin/links?tab=${tab.tab}`);
        router.refresh();
      },
      onError: (result) => {
        for (const [key, message] of Object.entries(result.fieldErrors ?? {})) {
          setError(key.replace(/^values\./, "") as Path<LinkFormInput>, { type: "server", message });
        }
      },
    });
  });

  const tzHint = timeZone ? `In your browser's time zone (${timeZone}).` : "In your browser's time zone.";

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={linkId ? "Edit link" : tab.createTitle}>
      <Section title="Basic Information and Access Control">
        <Field label="Link Name" error={err("name")} hint="Not displayed to buyers: a name for internal management.">
          {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} maxLength={120} {...register("name")} />}
        </Field>

        <Controller
          control={control}
          name="viewOnly"
          render={({ field }) => (
            <Switch
              label="Make this link view-only"
              description="On: cart and ordering are disabled; only browsing as a digital catalog is available. Off: buyers can add to cart and order."
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />

        {isCustomer && (
          <Group title="Offline Buyer Transition Settings">
            <Controller
              control={control}
              name="offlineBuyerTransition"
              render={({ field }) => (
                <Switch
                  label="Transition offline buyers to customer-owned buyers on order completion"
                  description={
                    field.value
                      ? "Enabled: offline buyers become buyers of the customer when their order is completed and are placed under the customer's management."
                      : "Disabled: offline buyers remain unchanged and continue under the brand's management."
                  }
                  checked={field.value}
                  onCheckedChange={field.onChange}
                />
              )}
            />
          </Group>
        )}

        <Group title="Address">
          <Controller
            control={control}
            name="addressField"
            render={({ field }) => (
              <Switch
                label="Show address input field in checkout"
                description={
                  forced || field.value === "SHOW"
                    ? "The address input field is displayed at checkout and the address is registered to the order."
                    : "Hide the address input field in checkout: the order is registered without the buyer's address."
                }
                checked={Boolean(forced) || field.value === "SHOW"}
                disabled={Boolean(forced)}
                onCheckedChange={(on) => field.onChange(on ? "SHOW" : "HIDE")}
              />
            )}
          />
          {forced && (
            <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="address-forced">
              The address input field is always displayed because{" "}
              {forced === "SHIPPING" ? "shipping settings are applied" : "Stripe Credit Card Payment is selected"}: address entry is required in that case, regardless of
              this setting.
            </p>
          )}
          {brand.nextEngineEnabled && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="next-engine-note">
              Address information is also required when using NEXT ENGINE Order Integration. Please enable the address input field. *Please note that this cannot be
              enforced by the system.
            </p>
          )}
        </Group>

        <Group title="Passcode">
          <Controller
            control={control}
            name="passcodeEnabled"
            render={({ field }) => (
              <Switch label="Require a passcode" description="Buyers enter the passcode before the link opens." checked={field.value} onCheckedChange={field.onChange} />
            )}
          />
          {values.passcodeEnabled && (
            <Field
              label="Passcode"
              error={err("passcode")}
              hint={`${PASSCODE_MIN} to ${PASSCODE_MAX} characters. Stored encrypted: it cannot be shown again.${hasPasscode ? " Leave empty to keep the current passcode." : ""}`}
            >
              {({ id, describedBy, invalid }) => (
                <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} className="max-w-64" {...register("passcode")} />
              )}
            </Field>
          )}
        </Group>

        <Group title="Release Date">
          <Controller
            control={control}
            name="releaseEnabled"
            render={({ field }) => (
              <Switch label="Set the release date." description="The link becomes accessible after this date and time." checked={field.value} onCheckedChange={field.onChange} />
            )}
          />
          {values.releaseEnabled && (
            <Field label="Release date and time" error={err("releaseAt")} hint={tzHint}>
              {({ id, describedBy, invalid }) => (
                <Controller
                  control={control}
                  name="releaseAt"
                  // The expiration is judged against the release date: re-check it when this changes.
                  rules={{ deps: ["expiresAt"] }}
                  render={({ field }) => <DateTimeInput id={id} aria-describedby={describedBy} invalid={invalid} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
                />
              )}
            </Field>
          )}
        </Group>

        <Group title="Expiration Date">
          <Controller
            control={control}
            name="expirationEnabled"
            render={({ field }) => (
              <Switch label="Set the expiration date." description="The link remains accessible until this date and time." checked={field.value} onCheckedChange={field.onChange} />
            )}
          />
          {values.expirationEnabled && (
            <Field label="Expiration date and time" error={err("expiresAt")} hint={tzHint}>
              {({ id, describedBy, invalid }) => (
                <Controller
                  control={control}
                  name="expiresAt"
                  render={({ field }) => <DateTimeInput id={id} aria-describedby={describedBy} invalid={invalid} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
                />
              )}
            </Field>
          )}
        </Group>

        <Group
          title="Selectable Catalogs"
          error={err("catalogIds")}
          hint={
            isInstant
              ? "An Instant Order Link is tied to exactly one catalog."
              : "Select one or more catalogs. Closed catalogs can be linked but are not displayed to buyers while closed."
          }
        >
          {options.catalogs.length === 0 ? (
            <p className="text-sm text-slate-600">No catalogs yet. Create a catalog first.</p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2" data-testid="catalog-options">
              {options.catalogs.map((c) => (
                <li key={c.id} className="flex items-center gap-2">
                  <label className="inline-flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type={isInstant ? "radio" : "checkbox"}
                      name="catalogIds"
                      className="size-4 accent-brand-600"
                      checked={(values.catalogIds ?? []).includes(c.id)}
                      onChange={(e) =>
                        isInstant
                          ? setValue("catalogIds", [c.id], { shouldDirty: true, shouldValidate: formState.isSubmitted })
                          : toggleIn("catalogIds", c.id, e.target.checked)
                      }
                    />
                    {c.name}
                  </label>
                  <CatalogStatusBadge status={c.status} />
                </li>
              ))}
            </ul>
          )}
        </Group>

        <Field label="Description" error={err("description")} hint="Not displayed to buyers: notes for internal management such as the purpose of the link.">
          {({ id, describedBy, invalid }) => <Textarea id={id} aria-describedby={describedBy} invalid={invalid} maxLength={2000} {...register("description")} />}
        </Field>
      </Section>

      {!isCustomer && (
        <Section title="Trading Terms" description="Applied to every order placed through this link, for every catalog of the link.">
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label="Currency" error={err("currency")}>
              {({ id, describedBy, invalid }) => (
                <Select id={id} aria-describedby={describedBy} invalid={invalid} {...register("currency")}>
                  <option value="">Select…</option>
                  {LINK_CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Language" error={err("language")}>
              {({ id, describedBy, invalid }) => (
                <Select id={id} aria-describedby={describedBy} invalid={invalid} {...register("language")}>
                  <option value="">Select…</option>
                  {Object.entries(LANGUAGE_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Discount rate (%)" error={err("discountRate")} hint="Percent off the wholesale price.">
              {({ id, describedBy, invalid }) => <Input id={id} inputMode="decimal" aria-describedby={describedBy} invalid={invalid} {...register("discountRate")} />}
            </Field>
          </div>
        </Section>
      )}

      <Section title="Payment Method and Shipping Settings" description="Settings on the link take precedence over the same settings on its catalogs.">
        <Group
          title="Payment Method"
          error={err("paymentMethods")}
          hint={
            brand.stripeEnabled
              ? "Pay outside the app: settle as agreed with the buyer (bank transfer, cash on delivery, ...)."
              : "Stripe Credit Card Payment is available with the Stripe Credit Card Payment Integration Add-on (Maker Settings > Payment Feature)."
          }
        >
          <div className="flex flex-wrap gap-6">
            <Checkbox label="Pay outside the app" checked={(values.paymentMethods ?? []).includes("PAY_OUTSIDE_APP")} onChange={(e) => toggleIn("paymentMethods", "PAY_OUTSIDE_APP", e.target.checked)} />
            {brand.stripeEnabled && (
              <Checkbox label="Stripe Credit Card Payment" checked={(values.paymentMethods ?? []).includes("STRIPE_CARD")} onChange={(e) => toggleIn("paymentMethods", "STRIPE_CARD", e.target.checked)} />
            )}
          </div>
        </Group>

        <Group
          title="Shipping Fee Settings"
          error={err("shippingRateGroupIds")}
          hint="Select the shipping rate group to apply at the time of order, one for each combination of Currency and Country. When none selected here can be used, the catalog's are used."
        >
          {options.rateGroups.length === 0 ? (
            <p className="text-sm text-slate-600">No shipping rate groups yet. Create Shipping Rate Groups first to set shipping fees.</p>
          ) : (
            <ul className="space-y-2" data-testid="rate-group-options">
              {options.rateGroups.map((g) => (
                <li key={g.id}>
                  <Checkbox
                    checked={(values.shippingRateGroupIds ?? []).includes(g.id)}
                    onChange={(e) => toggleIn("shippingRateGroupIds", g.id, e.target.checked)}
                    label={
                      <span>
                        {g.name} <span className="text-slate-500">· Currency: {g.currency} · Country: {countryLabel(g.country)}</span>
                        {g.rateCount === 0 && (
                          <Badge tone="amber" className="ml-2">
                            No rates
                          </Badge>
                        )}
                      </span>
                    }
                  />
                </li>
              ))}
            </ul>
          )}
        </Group>
      </Section>

      <Section title="Media">
        <Group title="Video" hint="Embed a video hosted on an external site, or upload a video file, shown on the catalog detail screen.">
          <div className="flex flex-wrap gap-6" role="radiogroup" aria-label="Video">
            {(
              [
                ["NONE", "No video"],
                ["LINK", "Add video link"],
                ["FILE", "Add video file"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="inline-flex items-center gap-2 text-sm">
                <input type="radio" value={value} className="size-4 accent-brand-600" {...register("videoSource")} />
                {label}
              </label>
            ))}
          </div>
          {values.videoSource === "LINK" && (
            <Field label="Video embed URL" error={err("videoUrl")} hint="Example (YouTube): https://www.youtube.com/embed/xxxxxxxx">
              {({ id, describedBy, invalid }) => <Input id={id} type="url" aria-describedby={describedBy} invalid={invalid} {...register("videoUrl")} />}
            </Field>
          )}
          {values.videoSource === "FILE" && (
            <MediaUpload
              kind="video"
              label="Video file"
              value={uploaded.video}
              error={err("videoFileId")}
              onError={(message) => setError("videoFileId", { type: "upload", message })}
              onChange={(m) => {
                clearErrors("videoFileId");
                setUploaded((u) => ({ ...u, video: m }));
                setValue("videoFileId", m?.id ?? "", { shouldDirty: true });
              }}
            />
          )}
        </Group>

        <Group title="Background Media Type" hint="Displayed behind the passcode entry screen and the expired screen.">
          <div className="flex flex-wrap gap-6" role="radiogroup" aria-label="Background Media Type">
            {(
              [
                ["EMPTY", "Empty"],
                ["IMAGE", "Image"],
                ["VIDEO", "Video"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="inline-flex items-center gap-2 text-sm">
                <input type="radio" value={value} className="size-4 accent-brand-600" {...register("backgroundType")} />
                {label}
              </label>
            ))}
          </div>
          {values.backgroundType === "IMAGE" && (
            <MediaUpload
              kind="image"
              label="Background image"
              value={uploaded.backgroundImage}
              error={err("backgroundImageFileId")}
              onError={(message) => setError("backgroundImageFileId", { type: "upload", message })}
              onChange={(m) => {
                clearErrors("backgroundImageFileId");
                setUploaded((u) => ({ ...u, backgroundImage: m }));
                setValue("backgroundImageFileId", m?.id ?? "", { shouldDirty: true });
              }}
            />
          )}
          {values.backgroundType === "VIDEO" && (
            <Field label="Background video embed URL" error={err("backgroundVideoUrl")} hint="Example (YouTube): https://www.youtube.com/embed/xxxxxxxx">
              {({ id, describedBy, invalid }) => <Input id={id} type="url" aria-describedby={describedBy} invalid={invalid} {...register("backgroundVideoUrl")} />}
            </Field>
          )}
        </Group>

        <Group
          title="Selectable Lookbook"
          error={err("lookbookIds")}
          hint="Multiple lookbooks can be selected. Only lookbooks with a status of Public will be displayed to buyers; Draft lookbooks will not be displayed."
        >
          {options.lookbooks.length === 0 ? (
            <p className="text-sm text-slate-600">No lookbooks yet.</p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2" data-testid="lookbook-options">
              {options.lookbooks.map((l) => (
                <li key={l.id} className="flex items-center gap-2">
                  <Checkbox label={l.name} checked={(values.lookbookIds ?? []).includes(l.id)} onChange={(e) => toggleIn("lookbookIds", l.id, e.target.checked)} />
                  <Badge tone={l.status === "PUBLIC" ? "green" : "gray"}>{l.status === "PUBLIC" ? "Public" : "Draft"}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Group>
      </Section>

      <Section title="Contact Information" description="Contacts buyers can reach with questions about this link.">
        {contacts.fields.length === 0 && <p className="text-sm text-slate-600">No contacts yet.</p>}
        <ol className="space-y-4">
          {contacts.fields.map((contact, index) => (
            <li key={contact.id} className="rounded-md border border-slate-200 p-4" data-testid="contact" aria-label={`Contact ${index + 1}`}>
              <div className="mb-3 flex items-center justify-between">
                <p className="text-sm font-semibold text-slate-700">Contact {index + 1}</p>
                <Button variant="ghost" size="sm" onClick={() => contacts.remove(index)} aria-label={`Delete contact ${index + 1}`}>
                  <Trash2 className="size-4" aria-hidden />
                </Button>
              </div>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field label="Person Name/Representative Name (First Name)" error={err(`contacts.${index}.firstName`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.firstName`)} />}
                </Field>
                <Field label="Person Name/Representative Name (Last Name)" error={err(`contacts.${index}.lastName`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.lastName`)} />}
                </Field>
                <Field label="Email" error={err(`contacts.${index}.email`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} type="email" aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.email`)} />}
                </Field>
                <Field label="Phone" error={err(`contacts.${index}.phone`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} type="tel" aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.phone`)} />}
                </Field>
                <Field label="Note" error={err(`contacts.${index}.note`)} className="sm:col-span-2" hint="Free text; line breaks are not kept.">
                  {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.note`)} />}
                </Field>
              </div>
            </li>
          ))}
        </ol>
        <div>
          <Button variant="secondary" onClick={() => contacts.append({ firstName: "", lastName: "", email: "", phone: "", note: "" })}>
            <Plus className="size-4" aria-hidden />
            Add an additional contact
          </Button>
          {err("contacts") && <p className="mt-2 text-sm text-red-600">{err("contacts")}</p>}
        </div>
      </Section>

      <div className="sticky bottom-0 -mx-4 flex justify-end gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-4 md:-mx-8 md:px-8">
        <Link href={linkId ? `/admin/links/${linkId}` : `/admin/links?tab=${tab.tab}`} className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">
          Cancel
        </Link>
        <Button type="submit" pending={pending}>
          {linkId ? "Save" : "Create"}
        </Button>
      </div>
    </form>
  );
}
