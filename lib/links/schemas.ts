// Input of the Links menu: the link form (shared by the browser form through zodResolver and by
// the create/edit actions), the Status Update modal, and the list's query string. Type-specific
// rules (exactly one catalog for an Instant Order Link, trading terms only on Instant and Dynamic
// links, ...) live in one superRefine so the browser and the server say the same thing.
import { z } from "zod";
import { msg, type MessageKey } from "@/lib/i18n/message-text";
import { readListQuery, searchText, type QueryString } from "@/lib/pagination/search-text";
import { minimumOrderRowsSchema } from "@/lib/settings/schemas";
import { LINK_CURRENCIES } from "./link-types";

export const PASSCODE_MIN = 4;
export const PASSCODE_MAX = 32;
const MAX_CONTACTS = 20;

/** Embeddable players the site's Content-Security-Policy allows in frames. */
const EMBED_PATTERNS = [
  /^https:\/\/(www\.)?youtube(-nocookie)?\.com\/embed\/[A-Za-z0-9_-]{6,}([?#].*)?$/,
  /^https:\/\/player\.vimeo\.com\/video\/\d+([?#].*)?$/,
];

export function isEmbedUrl(url: string): boolean {
  return EMBED_PATTERNS.some((p) => p.test(url));
}

const EMBED_MESSAGE = msg("links.errors.embedUrl");

const contactSchema = z.object({
  firstName: z.string().trim().min(1, msg("links.errors.firstName")).max(80),
  lastName: z.string().trim().min(1, msg("links.errors.lastName")).max(80),
  email: z.union([z.literal(""), z.string().trim().max(254).email()]),
  phone: z.union([z.literal(""), z.string().trim().max(40).regex(/^[+()\d\s.-]{4,}$/, msg("links.errors.phone"))]),
  note: z.string().max(500),
});
export type LinkContactInput = z.infer<typeof contactSchema>;

const isoDateTime = z.union([z.literal(""), z.string().datetime({ offset: true, message: msg("links.errors.dateTime") })]);

export const linkFormSchema = z
  .object({
    type: z.enum(["INSTANT", "DYNAMIC_BRAND", "CUSTOMER"]),
    name: z.string().trim().min(1, msg("links.errors.name")).max(120),
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
    description: z.string().max(2000),
    paymentMethods: z.array(z.enum(["PAY_OUTSIDE_APP", "STRIPE_CARD"])).min(1, msg("links.errors.paymentMethod")),
    shippingRateGroupIds: z.array(z.string().min(1)).max(200),
    videoSource: z.enum(["NONE", "LINK", "FILE"]),
    videoUrl: z.string().trim().max(500),
    videoFileId: z.string().max(100),
    backgroundType: z.enum(["EMPTY", "IMAGE", "VIDEO"]),
    backgroundImageFileId: z.string().max(100),
    backgroundVideoUrl: z.string().trim().max(500),
    lookbookIds: z.array(z.string().min(1)).max(200),
    contacts: z.array(contactSchema).max(MAX_CONTACTS, msg("links.errors.tooManyContacts", { max: MAX_CONTACTS })),
    currency: z.string(),
    language: z.enum(["EN", "JA", ""]),
    /** Percent off wholesale, as typed ("12.5"). */
    discountRate: z.string().trim(),
    /** The link's own minimum order value per currency (blank rows inherit); absent keeps the stored one. */
    minimumOrder: minimumOrderRowsSchema.optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.passcodeEnabled && v.passcode !== "" && (v.passcode.length < PASSCODE_MIN || v.passcode.length > PASSCODE_MAX)) {
      issue("passcode", msg("links.errors.passcodeLength", { min: PASSCODE_MIN, max: PASSCODE_MAX }));
    }
    if (v.releaseEnabled && !v.releaseAt) issue("releaseAt", msg("links.errors.releaseAt"));
    if (v.expirationEnabled && !v.expiresAt) issue("expiresAt", msg("links.errors.expiresAt"));
    if (v.releaseEnabled && v.expirationEnabled && v.releaseAt && v.expiresAt && Date.parse(v.expiresAt) <= Date.parse(v.releaseAt)) {
      issue("expiresAt", msg("links.errors.expiresBeforeRelease"));
    }
    if (v.type === "INSTANT") {
      if (v.catalogIds.length !== 1) issue("catalogIds", msg("links.errors.oneCatalog"));
    } else if (v.catalogIds.length === 0) {
      issue("catalogIds", msg("links.errors.catalogs"));
    }
    if (new Set(v.catalogIds).size !== v.catalogIds.length) issue("catalogIds", msg("links.errors.duplicateCatalog"));
    if (v.videoSource === "LINK" && !isEmbedUrl(v.videoUrl)) issue("videoUrl", EMBED_MESSAGE);
    if (v.videoSource === "FILE" && !v.videoFileId) issue("videoFileId", msg("links.errors.videoFile"));
    if (v.backgroundType === "IMAGE" && !v.backgroundImageFileId) issue("backgroundImageFileId", msg("links.errors.backgroundImage"));
    if (v.backgroundType === "VIDEO" && !isEmbedUrl(v.backgroundVideoUrl)) issue("backgroundVideoUrl", EMBED_MESSAGE);
    if (v.type !== "CUSTOMER") {
      if (!(LINK_CURRENCIES as readonly string[]).includes(v.currency)) issue("currency", msg("links.errors.currency"));
      if (!v.language) issue("language", msg("links.errors.language"));
      if (!/^\d{1,3}(\.\d{1,2})?$/.test(v.discountRate) || Number(v.discountRate) > 100) {
        issue("discountRate", msg("links.errors.discountRate"));
      }
    }
  });

export type LinkFormInput = z.infer<typeof linkFormSchema>;

// Rules that depend on when the form is saved and on the link being edited, which the plain schema
// cannot know: the expiration must lie ahead, and an enabled passcode needs one (typed now, or
// already stored). The browser checks them through linkFormSchemaFor, the create action through
// createLinkSchema, and an edit again in updateLink against the stored row.
// Each is a catalogue key (lib/i18n/message-text), read in the viewer's language where it is shown.
export const LINK_SAVE_MESSAGES = {
  expirationPassed: msg("links.errors.expirationPassed"),
  passcodeMissing: msg("links.errors.passcodeMissing", { min: PASSCODE_MIN, max: PASSCODE_MAX }),
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
    if (v.to === v.from) ctx.addIssue({ code: "custom", path: ["to"], message: msg("links.errors.sameStatus") });
    if (v.to === "DELETED" && !v.confirmDelete) {
      ctx.addIssue({ code: "custom", path: ["confirmDelete"], message: msg("links.errors.confirmDelete") });
    }
  });
export type LinkStatusUpdateInput = z.infer<typeof linkStatusUpdateSchema>;

/** The list's sort orders (named in links.sort.<sort>); the first is the default. */
export const LINK_SORTS = ["created_desc", "created_asc", "name_asc", "name_desc", "release_desc", "expiration_asc"] as const;
export type LinkSort = (typeof LINK_SORTS)[number];

/** The list's query string, forgiving: anything unknown falls back to the default. */
export const linkListFilterSchema = z.object({
  q: searchText.catch(""),
  status: z.enum(["OPEN", "VOID"]).optional().catch(undefined),
  sort: z.enum(LINK_SORTS).catch("created_desc"),
});
export type LinkListFilters = z.infer<typeof linkListFilterSchema>;

export function linkListFilters(search: QueryString): LinkListFilters {
  return linkListFilterSchema.parse(readListQuery(search).values);
}

/** Uploads: what each media slot accepts, and the messages that say so (links.media.*, links.errors.*). */
export const LINK_MEDIA_RULES = {
  video: {
    types: ["video/mp4", "video/webm"],
    maxBytes: 50 * 1024 * 1024,
    hint: "links.media.hintVideo",
    wrongType: "links.errors.videoType",
    tooLarge: "links.errors.videoTooLarge",
    notReal: "links.errors.videoNotReal",
  },
  image: {
    types: ["image/jpeg", "image/png", "image/webp"],
    maxBytes: 3 * 1024 * 1024,
    hint: "links.media.hintImage",
    wrongType: "links.errors.imageType",
    tooLarge: "links.errors.imageTooLarge",
    notReal: "links.errors.imageNotReal",
  },
} as const satisfies Record<string, { types: readonly string[]; maxBytes: number; hint: MessageKey; wrongType: MessageKey; tooLarge: MessageKey; notReal: MessageKey }>;
export type LinkMediaKind = keyof typeof LINK_MEDIA_RULES;
