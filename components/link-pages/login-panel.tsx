"use client";
// The three login methods of a Customer Order Link on one page, one form shown at a time.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { loginWithBrandCredentialsAction, loginWithOfflineBuyerAction, loginWithUserAccountAction } from "@/lib/link-access/actions";
import { brandCredentialsLoginSchema, userAccountLoginSchema, type BrandCredentialsLoginInput, type UserAccountLoginInput } from "@/lib/link-access/schemas";
import { FormError, useFormErrorText } from "./form-error";

type Method = "user" | "offline" | "credentials";

export function LoginPanel({ token }: { token: string }) {
  const t = useTranslations("linkPages.login");
  const [method, setMethod] = useState<Method>("user");
  const tabs: { id: Method; label: string }[] = [
    { id: "user", label: t("userAccount") },
    { id: "offline", label: t("offlineBuyer") },
    { id: "credentials", label: t("brandCredentials") },
  ];
  const id = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // Tabs pattern: one tab in the tab order, the arrow keys (and Home/End) move between them.
  function onTabKey(e: React.KeyboardEvent, index: number) {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const wrapped = (next + tabs.length) % tabs.length;
    setMethod(tabs[wrapped].id);
    tabRefs.current[wrapped]?.focus();
  }
  return (
    <div className="space-y-5">
      <div role="tablist" aria-label={t("title")} className="grid gap-2 sm:grid-cols-3">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => { tabRefs.current[index] = el; }}
            id={`${id}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={method === tab.id}
            aria-controls={`${id}-panel`}
            tabIndex={method === tab.id ? 0 : -1}
            onClick={() => setMethod(tab.id)}
            onKeyDown={(e) => onTabKey(e, index)}
            className={cn(
              "rounded-md px-3 py-2 text-left text-sm font-medium ring-1 ring-inset sm:text-center",
              method === tab.id ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
            )}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${method}`}>
        {method === "user" && <EmailLogin key="user" hint={t("userAccountHint")} secondFactor submit={(v) => loginWithUserAccountAction(token, v)} />}
        {method === "offline" && <EmailLogin key="offline" hint={t("offlineBuyerHint")} submit={(v) => loginWithOfflineBuyerAction(token, v)} />}
        {method === "credentials" && <CredentialsLogin token={token} />}
      </div>
    </div>
  );
}

type Refusal = Extract<ActionResult<unknown>, { ok: false }>;

/** `onRefused` may take a refusal over (true) instead of showing it above the form. */
function useSubmit<T>(submit: (values: T) => Promise<ActionResult<unknown>>, onRefused?: (result: Refusal) => boolean) {
  const router = useRouter();
  const errorText = useFormErrorText();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const go = (values: T) =>
    start(async () => {
      setError(null);
      const result = await submit(values);
      if (!result.ok) return onRefused?.(result) ? undefined : setError(errorText(result));
      router.refresh();
    });
  return { error, pending, go };
}

function EmailLogin({ hint, submit, secondFactor = false }: { hint: string; submit: (values: UserAccountLoginInput) => Promise<ActionResult<unknown>>; secondFactor?: boolean }) {
  const t = useTranslations("linkPages.login");
  const form = useForm<UserAccountLoginInput>({ resolver: zodResolver(userAccountLoginSchema), defaultValues: { email: "", password: "", code: "" } });
  // An account with two-factor authentication is asked for its code after the right password.
  const [codeStep, setCodeStep] = useState(false);
  const { error, pending, go } = useSubmit(submit, (result) => {
    if (!secondFactor) return false;
    if (result.code === "TWO_FACTOR_REQUIRED") {
      setCodeStep(true);
      return true;
    }
    if (result.code === "TWO_FACTOR_INVALID") {
      form.setError("code", { message: result.fieldErrors?.code ?? result.message });
      return true;
    }
    return false;
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(go)} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{hint}</p>
      <FormError message={error} />
      <Field label={t("email")} error={errors.email?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="email" autoComplete="email" aria-describedby={describedBy} invalid={invalid} {...form.register("email")} />}
      </Field>
      <Field label={t("password")} error={errors.password?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="current-password" aria-describedby={describedBy} invalid={invalid} {...form.register("password")} />}
      </Field>
      {codeStep && (
        <div className="space-y-2" data-testid="link-two-factor-step">
          <p className="text-sm text-slate-600">{t("codePrompt")}</p>
          <Field label={t("code")} error={errors.code?.message}>
            {({ id, describedBy, invalid }) => <Input id={id} autoFocus autoComplete="one-time-code" spellCheck={false} aria-describedby={describedBy} invalid={invalid} {...form.register("code")} />}
          </Field>
        </div>
      )}
      <Button type="submit" className="w-full" pending={pending}>
        {t("logIn")}
      </Button>
    </form>
  );
}

function CredentialsLogin({ token }: { token: string }) {
  const t = useTranslations("linkPages.login");
  const form = useForm<BrandCredentialsLoginInput>({ resolver: zodResolver(brandCredentialsLoginSchema), defaultValues: { code: "", passcode: "" } });
  const { error, pending, go } = useSubmit((v: BrandCredentialsLoginInput) => loginWithBrandCredentialsAction(token, v));
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit(go)} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t("brandCredentialsHint")}</p>
      <FormError message={error} />
      <Field label={t("uniqueCode")} error={errors.code?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} autoComplete="off" autoCapitalize="characters" aria-describedby={describedBy} invalid={invalid} {...form.register("code")} />}
      </Field>
      <Field label={t("passcode")} error={errors.passcode?.message}>
        {({ id, describedBy, invalid }) => <Input id={id} type="password" autoComplete="off" aria-describedby={describedBy} invalid={invalid} {...form.register("passcode")} />}
      </Field>
      <Button type="submit" className="w-full" pending={pending}>
        {t("logIn")}
      </Button>
    </form>
  );
}
