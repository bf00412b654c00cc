-- Tag names are unique per brand regardless of case ("VIP" and "vip" are one tag). The rule is an
-- expression index on ("brandId", lower("name")), which Prisma's schema language cannot state, so
-- it lives here only (schema.prisma says so on the Tag model). It replaces the case-sensitive
-- unique index, which it makes redundant.

-- Tags saved before this rule may differ only in case. Keep the oldest of each such group and put
-- the orders of the others on it, then delete the others (their OrderTag rows go with them)
INSERT INTO "OrderTag" ("orderId", "tagId")
SELECT ot."orderId", keep."id"
FROM "OrderTag" ot
JOIN "Tag" t ON t."id" = ot."tagId"
JOIN LATERAL (
  SELECT k."id" FROM "Tag" k
  WHERE k."brandId" = t."brandId" AND lower(k."name") = lower(t."name")
  ORDER BY k."createdAt", k."id"
  LIMIT 1
) keep ON keep."id" <> t."id"
ON CONFLICT DO NOTHING;

DELETE FROM "Tag" t
WHERE EXISTS (
  SELECT 1 FROM "Tag" k
  WHERE k."brandId" = t."brandId" AND lower(k."name") = lower(t."name") AND (k."createdAt", k."id") < (t."createdAt", t."id")
);

-- DropIndex
DROP INDEX "Tag_brandId_name_key";

-- CreateIndex
CREATE UNIQUE INDEX "Tag_brandId_lower_name_key" ON "Tag" ("brandId", lower("name"));
