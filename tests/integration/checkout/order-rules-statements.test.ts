// Order rules come with the products in the statements that load them: the link catalog page, add
// to cart and checkout send as many SQL statements for products with rules and prepacks as for
// products without (what `npm run bench` counts); only ordering packs adds their own rows' insert.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartPacks, cartQuantities } from "@/lib/cart/cart";
import { getPrisma, setPrisma, TRANSACTION_OPTIONS } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { placeLinkOrderAction, saveLinkCartAction } from "@/lib/link-access/actions";
import { whenPagesChecked } from "@/lib/link-access/catalog-content";
import { linkCatalogPage } from "@/lib/link-access/queries";
import { resolveLink } from "@/lib/link-access/resolve-link";
import { actAs } from "../../support/next-request";
import { addPrepack, setProductRules } from "../../support/order-rule-fixtures";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

let statements = 0;
let counting: PrismaClient;
let original: PrismaClient;

beforeAll(() => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  // The app's client swapped for one on the same database that counts what it sends.
  original = getPrisma();
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: TRANSACTION_OPTIONS, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => void statements++);
  counting = client as unknown as PrismaClient;
  setPrisma(counting);
});

afterAll(async () => {
  if (!counting) return;
  setPrisma(original);
  await counting.$disconnect();
});

async function counted(work: () => Promise<unknown>) {
  const before = statements;
  await work();
  return statements - before;
}

/** Another product of the world's catalog with Navy / Ecru × S / M SKUs. */
async function addProduct(world: LinkWorld, n: number) {
  const prisma = getPrisma();
  const product = await prisma.product.create({ data: { brandId: world.brand.id, productCode: `${world.product.productCode}-${n}`, name: `Product ${n}` } });
  for (const [i, [color, size]] of [["Navy", "S"], ["Navy", "M"], ["Ecru", "S"], ["Ecru", "M"]].entries()) {
    await prisma.sku.create({ data: { brandId: world.brand.id, productId: product.id, code: `${product.productCode}-${i}`, color, size, position: i, prices: { create: [{ currency: "JPY", wholesalePrice: 5000 }] } } });
  }
  await prisma.catalogProduct.create({ data: { catalogId: world.catalog.id, productId: product.id, position: n } });
  return product;
}

const catalogPage = async (token: string, catalogId: string) => {
  const resolved = (await resolveLink(token))!;
  await linkCatalogPage(resolved, catalogId, 1);
  await Promise.all([cartQuantities(resolved.purchase!), cartPacks(resolved.purchase!)]);
  // A page read from the database is kept once its version is checked again, after the answer:
  // counted in both reads (else it falls in or out of the count by timing).
  await whenPagesChecked();
};

describe.skipIf(!process.env.DATABASE_URL)("SQL statements of the paths the benchmark measures", { timeout: 120_000 }, () => {
  it("the link catalog page: the same count for one plain product as for several with rules and prepacks", async () => {
    const world = await createLinkWorld();
    const link = await createLink(world, { type: "INSTANT" });
    // Both reads are the first after a change of the catalog's products: neither is served from what the app keeps.
    const plain = await counted(() => catalogPage(link.token, world.catalog.id));
    for (let n = 1; n <= 4; n++) {
      const product = await addProduct(world, n);
      await setProductRules(product.id, { orderMultiple: 2, minQuantity: 4, saleMode: "PACKS_AND_SINGLES" });
      await addPrepack(product, "Run A", [["S", 1], ["M", 1]]);
      await addPrepack(product, "Run B", [["S", 2], ["M", 2]], 1);
    }
    const withRules = await counted(() => catalogPage(link.token, world.catalog.id));
    expect(withRules).toBe(plain);
  });

  it("add to cart and place an order: the same count with rules and prepacks on the product; packs ordered add only their own insert", async () => {
    const run = async (setup: (world: LinkWorld) => Promise<{ packs?: { prepackId: string; color: string; packs: number }[] }>) => {
      const world = await createLinkWorld();
      const link = await createLink(world, { type: "INSTANT" });
      const { packs } = await setup(world);
      await actAs(null);
      return counted(async () => {
        expect(await saveLinkCartAction(link.token, { productId: world.product.id, quantities: world.skus.slice(0, 3).map((s) => ({ skuId: s.id, quantity: 2 })), packs })).toMatchObject({ ok: true });
        expect(await placeLinkOrderAction(link.token, checkoutInput())).toMatchObject({ ok: true });
      });
    };
    const plain = await run(async () => ({}));
    const withRules = await run(async (world) => {
      await setProductRules(world.product.id, { orderMultiple: 2, minQuantity: 4, maxQuantity: 100, saleMode: "PACKS_AND_SINGLES" });
      await addPrepack(world.product, "Run A", [["S", 1], ["M", 1]]);
      return {};
    });
    expect(withRules).toBe(plain);
    const withPacks = await run(async (world) => {
      await setProductRules(world.product.id, { saleMode: "PACKS_AND_SINGLES" });
      const pack = await addPrepack(world.product, "Run A", [["S", 1], ["M", 1]]);
      return { packs: [{ prepackId: pack.id, color: "Ecru", packs: 1 }] };
    });
    expect(withPacks).toBe(plain + 1);
  });
});
