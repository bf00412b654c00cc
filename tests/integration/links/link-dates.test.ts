// The release and expiration dates of every link type, through the real create and edit actions:
// an expiration that has already passed, or that does not come after the release date, is
// refused with a message beside the Expiration Date field and nothing is written.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { OrderLinkType } from "@/lib/db/generated/enums";
import { createLinkAction, updateLinkAction } from "@/lib/links/actions";
import { translateMessage } from "@/lib/i18n/message-text";
import { translatorFor } from "@/lib/i18n/translator";
import { LINK_SAVE_MESSAGES } from "@/lib/links/schemas";
import { createBrand } from "../../support/fixtures";
import { actAs } from "../../support/next-request";
import { createLinkOptions, linkInput } from "./link-fixtures";

const HOUR = 60 * 60 * 1000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const TYPES: OrderLinkType[] = ["INSTANT", "DYNAMIC_BRAND", "CUSTOMER"];
/** What the action says, in the staff member's language (English here). */
const PASSED = translateMessage(translatorFor("en"), LINK_SAVE_MESSAGES.expirationPassed);

async function setup() {
  const f = await createBrand();
  const o = await createLinkOptions(f.brand.id);
  await actAs(f.staff);
  return { f, o };
}

const dates = (expiresAt: string, releaseAt = "") => ({ expirationEnabled: true, expiresAt, releaseEnabled: Boolean(releaseAt), releaseAt });

describe.each(TYPES)("the dates of a %s link", (type) => {
  it("refuses to create the link with an expiration that has already passed, writing nothing", async () => {
    const { f, o } = await setup();
    for (const expiresAt of [iso(-60_000), iso(-400 * 24 * HOUR)]) {
      const result = await createLinkAction(linkInput(type, [o.catalogs[0].id], dates(expiresAt)));
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { expiresAt: PASSED } });
    }
    expect(await prisma.orderLink.count({ where: { brandId: f.brand.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("refuses to create the link with an expiration before (or at) its release date, writing nothing", async () => {
    const { f, o } = await setup();
    for (const [expiresAt, releaseAt] of [[iso(24 * HOUR), iso(48 * HOUR)], [iso(24 * HOUR), iso(24 * HOUR)]]) {
      const result = await createLinkAction(linkInput(type, [o.catalogs[0].id], dates(expiresAt, releaseAt)));
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { expiresAt: expect.stringMatching(/after the release date/) } });
    }
    expect(await prisma.orderLink.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("creates the link with a release date already reached and an expiration ahead", async () => {
    const { o } = await setup();
    const result = await createLinkAction(linkInput(type, [o.catalogs[0].id], dates(iso(HOUR), iso(-HOUR))));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const link = await prisma.orderLink.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(link.expiresAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses an edit that moves the expiration into the past or before the release date, leaving the link as it was", async () => {
    const { f, o } = await setup();
    const created = await createLinkAction(linkInput(type, [o.catalogs[0].id], { name: "Before", ...dates(iso(72 * HOUR)) }));
    if (!created.ok) throw new Error(created.message);
    const before = await prisma.orderLink.findUniqueOrThrow({ where: { id: created.data.id } });

    const past = await updateLinkAction({ id: before.id, values: linkInput(type, [o.catalogs[0].id], { name: "After", ...dates(iso(-HOUR)) }) });
    expect(past).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { expiresAt: PASSED } });
    const beforeRelease = await updateLinkAction({ id: before.id, values: linkInput(type, [o.catalogs[0].id], { name: "After", ...dates(iso(24 * HOUR), iso(48 * HOUR)) }) });
    expect(beforeRelease).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "values.expiresAt": expect.stringMatching(/after the release date/) } });

    const after = await prisma.orderLink.findUniqueOrThrow({ where: { id: before.id } });
    expect([after.name, after.expiresAt, after.releaseAt]).toEqual(["Before", before.expiresAt, null]);
    expect(await prisma.auditEvent.count({ where: { brandId: f.brand.id, action: "link.update" } })).toBe(0);
  });

  it("lets an expired link be edited while its expiration stays as it was, but not moved to another past time", async () => {
    const { o } = await setup();
    const created = await createLinkAction(linkInput(type, [o.catalogs[0].id], { name: "Last season" }));
    if (!created.ok) throw new Error(created.message);
    const expired = new Date(Date.now() - 3 * 24 * HOUR);
    await prisma.orderLink.update({ where: { id: created.data.id }, data: { expiresAt: expired } });

    const renamed = await updateLinkAction({ id: created.data.id, values: linkInput(type, [o.catalogs[0].id], { name: "Last season (archive)", ...dates(expired.toISOString()) }) });
    expect(renamed).toEqual({ ok: true, data: { id: created.data.id } });
    const moved = await updateLinkAction({ id: created.data.id, values: linkInput(type, [o.catalogs[0].id], { ...dates(new Date(expired.getTime() + HOUR).toISOString()) }) });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { expiresAt: PASSED } });

    const after = await prisma.orderLink.findUniqueOrThrow({ where: { id: created.data.id } });
    expect([after.name, after.expiresAt]).toEqual(["Last season (archive)", expired]);
  });
});
