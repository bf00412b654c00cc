"use client";
// The Create a New Link / Edit form of all three link types, sections as in the help page for
// Customer Order Links. Validated in the browser and on the server by the same zod schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Controller, useFieldArray, useForm, useWatch, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox, Select, Textarea } from "@/components/ui/controls";
import { Field, FieldError, Input } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { Badge } from "@/components/ui/badge";
import { MinimumOrderFields } from "@/components/settings/minimum-order-fields";
import { useAction } from "@/lib/actions/use-action";
import { createLinkAction, updateLinkAction } from "@/lib/links/actions";
import { linkForcesAddress } from "@/lib/links/forced-address";
import { LINK_CURRENCIES, linkTabOfType } from "@/lib/links/link-types";
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

const LANGUAGES = ["EN", "JA"] as const;

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
      <FieldError message={error} />
    </fieldset>
  );
}

/** A country's name in the reader's language ("Japan", "日本"). */
function countryName(country: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(country) ?? country;
  } catch {
    return country;
  }
}

export function LinkForm({ linkId, defaults, options, brand, media, hasPasscode }: Props) {
  const t = useTranslations("links.form");
  const tl = useTranslations("links");
  const tStatus = useTranslations("status");
  const tc = useTranslations("common");
  const tMinimum = useTranslations("orderRules.admin.minimumOrder");
  const locale = useLocale();
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
      success: linkId ? t("saved") : t("created", { type: tStatus(`linkType.${defaults.type}`) }),
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

  // Dates are entered in the browser's time zone (as the help page says), shown elsewhere in the brand's.
  const tzHint = timeZone ? t("timeZoneHint", { zone: timeZone }) : t("timeZoneHintUnknown");
  const countryLabel = (country: string | null) => (country ? countryName(country, locale) : t("allCountries"));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={linkId ? t("editLabel") : tl(`createTitle.${tab.tab}`)}>
      <Section title={t("basicSection")}>
        <Field label={t("name")} error={err("name")} hint={t("nameHint")}>
          {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} maxLength={120} {...register("name")} />}
        </Field>

        <Controller
          control={control}
          name="viewOnly"
          render={({ field }) => (
            <Switch
              label={t("viewOnly")}
              description={t("viewOnlyDescription")}
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />

        {isCustomer && (
          <Group title={t("transitionTitle")}>
            <Controller
              control={control}
              name="offlineBuyerTransition"
              render={({ field }) => (
                <Switch
                  label={t("transition")}
                  description={field.value ? t("transitionEnabled") : t("transitionDisabled")}
                  checked={field.value}
                  onCheckedChange={field.onChange}
                />
              )}
            />
          </Group>
        )}

        <Group title={t("addressTitle")}>
          <Controller
            control={control}
            name="addressField"
            render={({ field }) => (
              <Switch
                label={t("address")}
                description={forced || field.value === "SHOW" ? t("addressShown") : t("addressHidden")}
                checked={Boolean(forced) || field.value === "SHOW"}
                disabled={Boolean(forced)}
                onCheckedChange={(on) => field.onChange(on ? "SHOW" : "HIDE")}
              />
            )}
          />
          {forced && (
            <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="address-forced">
              {forced === "SHIPPING" ? t("addressForcedShipping") : t("addressForcedStripe")}
            </p>
          )}
          {brand.nextEngineEnabled && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="next-engine-note">
              {t("nextEngineNote")}
            </p>
          )}
        </Group>

        <Group title={t("passcodeTitle")}>
          <Controller
            control={control}
            name="passcodeEnabled"
            render={({ field }) => (
              <Switch label={t("passcodeSwitch")} description={t("passcodeDescription")} checked={field.value} onCheckedChange={field.onChange} />
            )}
          />
          {values.passcodeEnabled && (
            <Field
              label={t("passcode")}
              error={err("passcode")}
              hint={t(hasPasscode ? "passcodeHintKeep" : "passcodeHint", { min: PASSCODE_MIN, max: PASSCODE_MAX })}
            >
              {({ id, describedBy, invalid }) => (
                <Input id={id} type="password" autoComplete="new-password" aria-describedby={describedBy} invalid={invalid} className="max-w-64" {...register("passcode")} />
              )}
            </Field>
          )}
        </Group>

        <Group title={t("releaseTitle")}>
          <Controller
            control={control}
            name="releaseEnabled"
            render={({ field }) => (
              <Switch label={t("releaseSwitch")} description={t("releaseDescription")} checked={field.value} onCheckedChange={field.onChange} />
            )}
          />
          {values.releaseEnabled && (
            <Field label={t("releaseAt")} error={err("releaseAt")} hint={tzHint}>
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

        <Group title={t("expirationTitle")}>
          <Controller
            control={control}
            name="expirationEnabled"
            render={({ field }) => (
              <Switch label={t("expirationSwitch")} description={t("expirationDescription")} checked={field.value} onCheckedChange={field.onChange} />
            )}
          />
          {values.expirationEnabled && (
            <Field label={t("expiresAt")} error={err("expiresAt")} hint={tzHint}>
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
          title={t("catalogsTitle")}
          error={err("catalogIds")}
          hint={isInstant ? t("catalogsHintInstant") : t("catalogsHint")}
        >
          {options.catalogs.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noCatalogs")}</p>
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

        <Field label={t("description")} error={err("description")} hint={t("descriptionHint")}>
          {({ id, describedBy, invalid }) => <Textarea id={id} aria-describedby={describedBy} invalid={invalid} maxLength={2000} {...register("description")} />}
        </Field>
      </Section>

      {!isCustomer && (
        <Section title={t("termsSection")} description={t("termsDescription")}>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label={t("currency")} error={err("currency")}>
              {({ id, describedBy, invalid }) => (
                <Select id={id} aria-describedby={describedBy} invalid={invalid} {...register("currency")}>
                  <option value="">{t("choose")}</option>
                  {LINK_CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("language")} error={err("language")}>
              {({ id, describedBy, invalid }) => (
                <Select id={id} aria-describedby={describedBy} invalid={invalid} {...register("language")}>
                  <option value="">{t("choose")}</option>
                  {LANGUAGES.map((language) => (
                    <option key={language} value={language}>
                      {tStatus(`language.${language}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t("discountRate")} error={err("discountRate")} hint={t("discountRateHint")}>
              {({ id, describedBy, invalid }) => <Input id={id} inputMode="decimal" aria-describedby={describedBy} invalid={invalid} {...register("discountRate")} />}
            </Field>
          </div>
        </Section>
      )}

      <Section title={tMinimum("title")} description={tMinimum("linkDescription")}>
        <MinimumOrderFields
          currencies={(defaults.minimumOrder ?? []).map((r) => r.currency)}
          register={register}
          errors={errors}
          inherited={options.minimumOrder.brandMinimum}
          visible={(currency) => isCustomer || currency === values.currency}
        />
      </Section>

      <Section title={t("paymentSection")} description={t("paymentSectionDescription")}>
        <Group
          title={t("paymentTitle")}
          error={err("paymentMethods")}
          hint={brand.stripeEnabled ? t("paymentHintStripe") : t("paymentHintNoStripe")}
        >
          <div className="flex flex-wrap gap-6">
            <Checkbox label={tl("paymentMethod.PAY_OUTSIDE_APP")} checked={(values.paymentMethods ?? []).includes("PAY_OUTSIDE_APP")} onChange={(e) => toggleIn("paymentMethods", "PAY_OUTSIDE_APP", e.target.checked)} />
            {brand.stripeEnabled && (
              <Checkbox label={tl("paymentMethod.STRIPE_CARD")} checked={(values.paymentMethods ?? []).includes("STRIPE_CARD")} onChange={(e) => toggleIn("paymentMethods", "STRIPE_CARD", e.target.checked)} />
            )}
          </div>
        </Group>

        <Group
          title={t("shippingTitle")}
          error={err("shippingRateGroupIds")}
          hint={t("shippingHint")}
        >
          {options.rateGroups.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noRateGroups")}</p>
          ) : (
            <ul className="space-y-2" data-testid="rate-group-options">
              {options.rateGroups.map((g) => (
                <li key={g.id}>
                  <Checkbox
                    checked={(values.shippingRateGroupIds ?? []).includes(g.id)}
                    onChange={(e) => toggleIn("shippingRateGroupIds", g.id, e.target.checked)}
                    label={
                      <span>
                        {g.name} <span className="text-slate-500">{t("rateGroupDetail", { currency: g.currency, country: countryLabel(g.country) })}</span>
                        {g.rateCount === 0 && (
                          <Badge tone="amber" className="ml-2">
                            {t("noRates")}
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

      <Section title={t("mediaSection")}>
        <Group title={t("videoTitle")} hint={t("videoHint")}>
          <div className="flex flex-wrap gap-6" role="radiogroup" aria-label={t("videoTitle")}>
            {(
              [
                ["NONE", t("videoNone")],
                ["LINK", t("videoLink")],
                ["FILE", t("videoFile")],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="inline-flex items-center gap-2 text-sm">
                <input type="radio" value={value} className="size-4 accent-brand-600" {...register("videoSource")} />
                {label}
              </label>
            ))}
          </div>
          {values.videoSource === "LINK" && (
            <Field label={t("videoUrl")} error={err("videoUrl")} hint={t("embedExample")}>
              {({ id, describedBy, invalid }) => <Input id={id} type="url" aria-describedby={describedBy} invalid={invalid} {...register("videoUrl")} />}
            </Field>
          )}
          {values.videoSource === "FILE" && (
            <MediaUpload
              kind="video"
              label={t("videoFileLabel")}
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

        <Group title={t("backgroundTitle")} hint={t("backgroundHint")}>
          <div className="flex flex-wrap gap-6" role="radiogroup" aria-label={t("backgroundTitle")}>
            {(
              [
                ["EMPTY", t("backgroundEmpty")],
                ["IMAGE", t("backgroundImage")],
                ["VIDEO", t("backgroundVideo")],
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
              label={t("backgroundImageLabel")}
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
            <Field label={t("backgroundVideoUrl")} error={err("backgroundVideoUrl")} hint={t("embedExample")}>
              {({ id, describedBy, invalid }) => <Input id={id} type="url" aria-describedby={describedBy} invalid={invalid} {...register("backgroundVideoUrl")} />}
            </Field>
          )}
        </Group>

        <Group
          title={t("lookbooksTitle")}
          error={err("lookbookIds")}
          hint={t("lookbooksHint")}
        >
          {options.lookbooks.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noLookbooks")}</p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2" data-testid="lookbook-options">
              {options.lookbooks.map((l) => (
                <li key={l.id} className="flex items-center gap-2">
                  <Checkbox label={l.name} checked={(values.lookbookIds ?? []).includes(l.id)} onChange={(e) => toggleIn("lookbookIds", l.id, e.target.checked)} />
                  <Badge tone={l.status === "PUBLIC" ? "green" : "gray"}>{tStatus(`lookbook.${l.status}`)}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Group>
      </Section>

      <Section title={t("contactsSection")} description={t("contactsDescription")}>
        {contacts.fields.length === 0 && <p className="text-sm text-slate-600">{t("noContacts")}</p>}
        <ol className="space-y-4">
          {contacts.fields.map((contact, index) => (
            <li key={contact.id} className="rounded-md border border-slate-200 p-4" data-testid="contact" aria-label={t("contact", { number: index + 1 })}>
              <div className="mb-3 flex items-center justify-between">
                <p className="text-sm font-semibold text-slate-700">{t("contact", { number: index + 1 })}</p>
                <Button variant="ghost" size="sm" onClick={() => contacts.remove(index)} aria-label={t("deleteContact", { number: index + 1 })}>
                  <Trash2 className="size-4" aria-hidden />
                </Button>
              </div>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field label={t("firstName")} error={err(`contacts.${index}.firstName`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.firstName`)} />}
                </Field>
                <Field label={t("lastName")} error={err(`contacts.${index}.lastName`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.lastName`)} />}
                </Field>
                <Field label={t("email")} error={err(`contacts.${index}.email`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} type="email" aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.email`)} />}
                </Field>
                <Field label={t("phone")} error={err(`contacts.${index}.phone`)}>
                  {({ id, describedBy, invalid }) => <Input id={id} type="tel" aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.phone`)} />}
                </Field>
                <Field label={t("note")} error={err(`contacts.${index}.note`)} className="sm:col-span-2" hint={t("noteHint")}>
                  {({ id, describedBy, invalid }) => <Input id={id} aria-describedby={describedBy} invalid={invalid} {...register(`contacts.${index}.note`)} />}
                </Field>
              </div>
            </li>
          ))}
        </ol>
        <div>
          <Button variant="secondary" onClick={() => contacts.append({ firstName: "", lastName: "", email: "", phone: "", note: "" })}>
            <Plus className="size-4" aria-hidden />
            {t("addContact")}
          </Button>
          <FieldError message={err("contacts")} className="mt-2" />
        </div>
      </Section>

      <div className="sticky bottom-0 -mx-4 flex justify-end gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-4 md:-mx-8 md:px-8">
        <Link href={linkId ? `/admin/links/${linkId}` : `/admin/links?tab=${tab.tab}`} className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">
          {tc("cancel")}
        </Link>
        <Button type="submit" pending={pending}>
          {linkId ? tc("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
