// How link pages write dates, for next-intl's formatter (getFormatter / useFormatter), whose time
// zone is the request's: on link pages, the brand's.
import type { DateTimeFormatOptions } from "use-intl/core";

/** A moment the brand set (release, publication, order deadline): date and time in the brand's time zone, the zone named. */
export const BRAND_MOMENT: DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" };

/** A calendar date (a product's delivery date, kept as midnight UTC): the same day wherever it is read. */
export const CALENDAR_DATE: DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };
