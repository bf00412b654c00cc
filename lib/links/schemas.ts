// Input of the Links menu: the link form (shared by the browser form through zodResolver and by
// the create/edit actions), the Status Update modal, and the list's query string. Type-specific
// rules (exactly one catalog for an Instant Order Link, trading terms only on Instant and Dynamic
// links, ...) live in one superRefine so the browser and the server say the same thing.
import { z } from "zod";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";
import { LINK_CURRENCIES } from "./link-types";

export const PASSCODE_MIN = 4;
export const PASSCODE_MAX = 32;

/** Embeddable players the site's Content-Security-Policy allows in frames. */
const EMBED_PATTERNS = [
  /^https:\/\/(www\.)?youtube(-nocookie)?\.com\/embed\/[A-Za-z0-9_-]{6,}([?#].*)?$/,
  /^https:\/\/player\.vimeo\.com\/video\/\d+([?#].*)?$/,
];

export function isEmbedUrl(url: string): boolean {
  return EMBED_PATTERNS.some((p) => p.test(url));
}

const EMBED_MESSAGE = "Enter an embed URL, e.g. https://www.youtube.com/embed/xxxxxxxx or https://player.vimeo.com/video/123456.";

const contactSchema = z.object({
  firstName: z.string().trim().min(1, "Enter the first name.").max(80, "Use at most 80 characters."),
  lastName: z.string().trim().min(1, "Enter the last name.").max(80, "Use at most 80 characters."),
  email: z.union([z.literal(""), z.string().trim().max(254).email("Enter a valid email address.")]),
  phone: z.union([z.literal(""), z.string().trim().max(40, "Use at most 40 characters.").regex(/^[+()\d\s.-]{4,}$/, "Enter a valid phone number (digits, spaces, + - ( ) only).")]),
  note: z.string().max(500, "Use at most 500 characters."),
});
export type LinkContactInput = z.infer<typeof contactSchema>;

const isoDateTime = z.union([z.literal(""), z.string().datetime({ offset: true, message: "Enter a valid date and time." })]);

export const linkFormSchema = z
  .object({
    type: z.enum(["INSTANT", "DYNAMIC_BRAND", "CUSTOMER"]),
    name: z.string().trim().min(1, "Enter a link name.").max(120, "Use at most 120 characters."),
    viewOnly: z.boolean(),
    offlineBuyerTransition: z.boolean(),
    addressField: z.enum(["SHOW", "HIDE"]),
    passcodeEnabled: z.boolean(),
    /** Empty on edit means "keep the current passcode" (the plain passcode is never shown again). */
    passcode: z.string().max(200),
    releaseEnabled: z.boolean(),
    /** ISO 8601 in UTC, converted from the browser's time zone by the form. */
    releaseAt: isoDateTime,
    expirationEnabled: z.boolean(),
    expiresAt: isoDateTime,
    catalogIds: z.array(z.string().min(1)).max(200),
    description: z.string().max(2000, "Use at most 2,000 characters."),
    paymentMethods: z.array(z.enum(["PAY_OUTSIDE_APP", "STRIPE_CARD"])).min(1, "Select at least one payment method."),
    shippingRateGroupIds: z.array(z.string().min(1)).max(200),
    videoSource: z.enum(["NONE", "LINK", "FILE"]),
    videoUrl: z.string().trim().max(500),
    videoFileId: z.string().max(100),
    backgroundType: z.enum(["EMPTY", "IMAGE", "VIDEO"]),
    backgroundImageFileId: z.string().max(100),
    backgroundVideoUrl: z.string().trim().max(500),
    lookbookIds: z.array(z.string().min(1)).max(200),
    contacts: z.array(contactSchema).max(20, "Add at most 20 contacts."),
    currency: z.string(),
    language: z.enum(["EN", "JA", ""]),
    /** Percent off wholesale, as typed ("12.5"). */
    discountRate: z.string().trim(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.passcodeEnabled && v.passcode !== "" && (v.passcode.length < PASSCODE_MIN || v.passcode.length > PASSCODE_MAX)) {
      issue("passcode", `Use ${PASSCODE_MIN} to ${PASSCODE_MAX} characters.`);
    }
    if (v.releaseEnabled && !v.releaseAt) issue("releaseAt", "Enter the release date and time.");
    if (v.expirationEnabled && !v.expiresAt) issue("expiresAt", "Enter the expiration date and time.");
    if (v.releaseEnabled && v.expirationEnabled && v.releaseAt && v.expiresAt && Date.parse(v.expiresAt) <= Date.parse(v.releaseAt)) {
      issue("expiresAt", "The expiration date must be after the release date.");
    }
    if (v.type === "INSTANT") {
      if (v.catalogIds.length !== 1) issue("catalogIds", "Select exactly one catalog for an Instant Order Link.");
    } else if (v.catalogIds.length === 0) {
      issue("catalogIds", "Select at least one catalog.");
    }
    if (new Set(v.catalogIds).size !== v.catalogIds.length) issue("catalogIds", "A catalog is selected twice.");
    if (v.videoSource === "LINK" && !isEmbedUrl(v.videoUrl)) issue("videoUrl", EMBED_MESSAGE);
    if (v.videoSource === "FILE" && !v.videoFileId) issue("videoFileId", "Upload a video file.");
    if (v.backgroundType === "IMAGE" && !v.backgroundImageFileId) issue("backgroundImageFileId", "Upload a background image.");
    if (v.backgroundType === "VIDEO" && !isEmbedUrl(v.backgroundVideoUrl)) issue("backgroundVideoUrl", EMBED_MESSAGE);
    if (v.type !== "CUSTOMER") {
      if (!(LINK_CURRENCIES as readonly string[]).includes(v.currency)) issue("currency", "Select a currency.");
      if (!v.language) issue("language", "Select a language.");
      if (!/^\d{1,3}(\.\d{1,2})?$/.test(v.discountRate) || Number(v.discountRate) > 100) {
        issue("discountRate", "Enter a rate from 0 to 100 with at most two decimals.");
      }
    }
  });

export type LinkFormInput = z.infer<typeof linkFormSchema>;

// Rules that depend on when the form is saved and on the link being edited, which the plain schema
// cannot know: the expiration must lie ahead, and an enabled passcode needs one (typed now, or
// already stored). The browser checks them through linkFormSchemaFor, the create action through
// createLinkSchema, and an edit again in updateLink against the stored row.
export const LINK_SAVE_MESSAGES = {
  expirationPassed: "The expiration date has already passed. Choose a date and time after now.",
  passcodeMissing: `Enter a passcode of ${PASSCODE_MIN} to ${PASSCODE_MAX} characters.`,
} as const;

/** What an edit starts from; null for a new link. */
export type StoredLinkState = { expiresAt: string | null; hasPasscode: boolean } | null;

/** Field messages for these values saved now; empty when they may be saved. */
export function linkSaveIssues(
  values: Pick<LinkFormInput, "passcodeEnabled" | "passcode" | "expirationEnabled" | "expiresAt">,
  stored: StoredLinkState,
  now: number = Date.now(),
): Record<string, string> {
  const issues: Record<string, string> = {};
  if (values.passcodeEnabled && !values.passcode && !stored?.hasPasscode) issues.passcode = LINK_SAVE_MESSAGES.passcodeMissing;
  const expires = values.expirationEnabled && values.expiresAt ? Date.parse(values.expiresAt) : Number.NaN;
  // An edit that leaves an already-passed expiration as it was (renaming an expired link, say) is
  // not refused: only an expiration being set now must lie ahead.
  const unchanged = stored?.expiresAt != null && Date.parse(stored.expiresAt) === expires;
  if (!Number.isNaN(expires) && expires <= now && !unchanged) issues.expiresAt = LINK_SAVE_MESSAGES.expirationPassed;
  return issues;
}

/** The link form's schema for saving now: a new link (null), or an edit of a link in this state. */
export function linkFormSchemaFor(stored: StoredLinkState) {
  return linkFormSchema.superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(linkSaveIssues(v, stored))) ctx.addIssue({ code: "custom", path: [path], message });
  });
}

export const createLinkSchema = linkFormSchemaFor(null);
// The stored row decides an edit's save rules: updateLink applies linkSaveIssues once it has it.
export const updateLinkSchema = z.object({ id: z.string().min(1), values: linkFormSchema });

export const linkStatusUpdateSchema = z
  .object({
    id: z.string().min(1),
    /** The status the modal showed: the write only happens if the link still has it. */
    from: z.enum(["OPEN", "VOID"]),
    to: z.enum(["OPEN", "VOID", "DELETED"]),
    confirmDelete: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.to === v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "Choose a different status." });
    if (v.to === "DELETED" && !v.confirmDelete) {
      ctx.addIssue({ code: "custom", path: ["confirmDelete"], message: "Confirm that the link will be deleted and cannot be restored." });
    }
  });
export type LinkStatusUpdateInput = z.infer<typeof linkStatusUpdateSchema>;

export const LINK_SORTS = {
  created_desc: "Newest first",
  created_asc: "Oldest first",
  name_asc: "Name (A–Z)",
  name_desc: "Name (Z–A)",
  release_desc: "Release Date (latest first)",
  expiration_asc: "Expiration Date (soonest first)",
} as const;
export type LinkSort = keyof typeof LINK_SORTS;

/** The list's query string, forgiving: anything unknown falls back to the default. */
export const linkListFilterSchema = z.object({
  q: searchText.catch(""),
  status: z.enum(["OPEN", "VOID"]).optional().catch(undefined),
  sort: z.enum(Object.keys(LINK_SORTS) as [LinkSort, ...LinkSort[]]).catch("created_desc"),
});
export type LinkListFilters = z.infer<typeof linkListFilterSchema>;

export function linkListFilters(search: QueryString): LinkListFilters {
  return linkListFilterSchema.parse(readListQuery(search).values);
}

/** Uploads: what each media slot accepts. */
export const LINK_MEDIA_RULES = {
  video: { types: ["video/mp4", "video/webm"], maxBytes: 50 * 1024 * 1024, label: "MP4 or WebM video up to 50 MB" },
  image: { types: ["image/jpeg", "image/png", "image/webp"], maxBytes: 3 * 1024 * 1024, label: "JPEG, PNG or WebP image up to 3 MB" },
} as const;
export type LinkMediaKind = keyof typeof LINK_MEDIA_RULES;
