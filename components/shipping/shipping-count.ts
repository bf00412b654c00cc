// A capped count (lib/pagination/capped-count) in the viewer's number format: "1,234", or
// "10,000+" past the cap. Server and client components alike.
import { useFormatter, useTranslations } from "next-intl";
import { COUNT_CAP } from "@/lib/pagination/capped-count";

export function useShippingCount(): (count: number) => string {
  const t = useTranslations("shipping");
  const format = useFormatter();
  return (count: number) => (count > COUNT_CAP ? t("countCapped", { count: COUNT_CAP }) : format.number(count));
}
