// Typed message keys and locales for next-intl and use-intl: t("orders.title") is checked against
// the English catalogue.
import type { en } from "@/messages/en";
import type { AppLocale } from "./locales";

declare module "use-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof en;
  }
}
