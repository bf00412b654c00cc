// Two app instances (the production build, served as `npm run serve` serves it) on one PostgreSQL
// database behind nginx with the shipped deploy/nginx.conf.example, each running its mail outbox
// sweep and its job worker (webhooks). Four clients load them for about ten seconds: two read
// pages (a buyer's link page, the admin's order list, the health check), two place orders through
// the link page's server actions, each checkout with its form's idempotency key; a batch of mail
// and webhook events written at once gives both workers the same rows to compete for. Part-way,
// one instance is killed (SIGKILL to its process group, preferably inside a checkout's
// transaction). Then:
// - no GET failed: nginx passed the ones the dead instance could not answer to the other one. The
//   exception no balancer can avoid: an answer the dead instance had already begun (status and
//   headers sent) is cut off; the test allows that only as nginx logged it, and at most one per
//   reading client;
// - every checkout the clients sent gave exactly one order, numbered without gaps: a checkout POST
//   cut off by the kill is retried by its client with the same idempotency key (as the browser's
//   retry would), and gets back the order the first try may have committed, not a second one;
// - the only other failures any client saw were POSTs the instance had taken while it died (from
//   the kill until its process was gone: its port accepts connections until the kernel closes it);
// - every mail and webhook event reached its receiver (none lost: the dead instance's claimed
//   webhook jobs are taken over when their lease ends), once by its id (Message-ID, made from the
//   outbox row; Webhook-Id, the event's). Delivery is at least once: a message the dead instance had
//   handed over but not yet recorded as sent arrives a second time under the same id (the
//   receiver's cue to drop it); the test allows exactly that and nothing else.
// Before that, through nginx: X-Forwarded-For entries a client writes itself change nothing for the
// passcode lockout (nginx appends the real one, and TRUSTED_PROXY_HOPS=1 takes only that).
// Needs `npm run build` first and nginx (`.ci/run` installs Debian's package); run by
// `npm run test:reliability` and by `npm test` after its build.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { authSecret } from "@/lib/auth/secret";
import { prisma } from "@/lib/db/client";
import { LINK_ATTEMPT_RULE } from "@/lib/link-access/login";
import { writeEvents } from "@/lib/webhooks/emit";
import { nginxBinary, startNginx, type Nginx } from "../../support/nginx";
import { callServerAction, serverActionId, startProductionServer, type ProductionServer } from "../../support/production-server";
import { startSmtpSink, type SmtpSink } from "../../support/smtp-sink";
import { startWebhookReceiver, type WebhookReceiver } from "../../support/webhook-receiver";
import { createEndpoint, setDevelopmentMode } from "../../support/webhooks";
import { checkoutInput, createLink, createLinkWorld, type LinkWorld } from "../link-access/link-fixtures";

const LOAD_MS = 10_000;
/** The kill comes this long into the load (or later, once two checkouts and six GETs are done), as soon as the instance is inside a checkout (at most 2.5 s later). */
const KILL_AFTER_MS = 3_500;
const JOB_LEASE_MS = 10_000;
/** Mails and webhook events written at once when the load starts. */
const BATCH = 30;
const ACTIONS = "lib/link-access/actions.ts";
const PASSCODE = "spring27";

const url = process.env.TEST_DATABASE_URL;
const skipReason = !url ? "needs a PostgreSQL server (DATABASE_URL)" : !nginxBinary() ? "needs nginx (apt-get install -y nginx; .ci/run installs it)" : null;
if (skipReason) console.warn(`Load balancer test skipped: it ${skipReason}.`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, or `boundMs` has passed. */
async function until(condition: () => boolean, boundMs: number) {
  const deadline = Date.now() + boundMs;
  while (!condition() && Date.now() < deadline) await sleep(50);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** One request as a client saw it. */
type Attempt = { kind: "GET" | "cart" | "checkout"; uri: string; startedAt: number; endedAt: number; status?: number; ok: boolean; detail: string };
type Checkout = { key: string; email: string; orderNumber: string | null; attempts: number };

describe.skipIf(skipReason)("two app instances behind nginx, one killed under load", { timeout: 240_000 }, () => {
  let world: LinkWorld;
  let token: string;
  let sinks: SmtpSink[] = [];
  let receiver: WebhookReceiver;
  let instances: ProductionServer[] = [];
  let nginx: Nginx;
  let staffCookie: string;
  let endpointId: string;

  // The instances share this process's auth secret: the one that sealed the endpoint's signing secret.
  const AUTH_SECRET = authSecret();

  beforeAll(async () => {
    const setupStarted = Date.now();
    world = await createLinkWorld();
    token = (await createLink(world, { type: "INSTANT", addressField: "SHOW" })).token;
    receiver = await startWebhookReceiver();
    await setDevelopmentMode(world.brand.id);
    endpointId = (await createEndpoint(world.brand.id, receiver.url())).id;
    staffCookie = `authjs.session-token=${await encode({ token: { sub: world.staff.id }, secret: AUTH_SECRET, salt: "authjs.session-token" })}`;
    sinks = [await startSmtpSink(), await startSmtpSink()];
    // Each instance its own SMTP server (to tell which one sent a mail) and its own application
    // name on its database connections (to see when it is inside a checkout).
    instances = await Promise.all(
      ["a", "b"].map((name, i) => {
        const databaseUrl = new URL(url!);
        databaseUrl.searchParams.set("application_name", `lb-instance-${name}`);
        return startProductionServer({
          databaseUrl: databaseUrl.toString(),
          env: {
            AUTH_SECRET, TRUSTED_PROXY_HOPS: "1", SMTP_URL: sinks[i].url, MAIL_SWEEP_MS: "1000",
            JOBS_SWEEP_MS: "1000", JOBS_LEASE_MS: String(JOB_LEASE_MS), WEBHOOKS_DEVELOPMENT_MODE: "allow",
          },
        });
      }),
    );
    nginx = await startNginx({ upstreams: instances.map((instance) => new URL(instance.base).host) });
    console.log(`Load balancer: two instances and nginx up in ${Date.now() - setupStarted} ms`);
  }, 180_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    await Promise.all(sinks.map((sink) => sink.close()));
    await receiver?.close();
  });

  it("through nginx, X-Forwarded-For entries a client writes itself do not escape the passcode lockout", async () => {
    // nginx appends the address it was reached from; with TRUSTED_PROXY_HOPS=1 that entry is the client.
    const link = await createLink(world, { type: "INSTANT", passcode: PASSCODE });
    const passcode = (value: string, forwardedFor: string) =>
      callServerAction(nginx, { page: `/l/${link.token}`, file: ACTIONS, name: "submitPasscodeAction" }, [link.token, { passcode: value }], { "x-forwarded-for": forwardedFor });
    for (let i = 1; i <= LINK_ATTEMPT_RULE.limit; i++) {
      expect(await passcode("autumn", `203.0.113.${i}`)).toMatchObject({ ok: false, code: "INVALID_CREDENTIALS" });
    }
    expect(await passcode(PASSCODE, "198.51.100.250")).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("an instance killed under load: GETs go to the other, every checkout gives one order, mail and webhooks go out once each", async () => {
    const [victim, survivor] = instances;
    const victimAddress = new URL(victim.base).host;
    const survivorAddress = new URL(survivor.base).host;
    const attempts: Attempt[] = [];
    const checkouts: Checkout[] = [];
    let running = true;
    let sequence = 0;

    /** A request through nginx; the query parameter names it in nginx's access log. */
    async function send(kind: Attempt["kind"], path: string, init: RequestInit): Promise<{ attempt: Attempt; response?: Response; body?: string }> {
      const attempt: Attempt = { kind, uri: `${path}${path.includes("?") ? "&" : "?"}lb=${++sequence}`, startedAt: Date.now(), endedAt: 0, ok: false, detail: "" };
      attempts.push(attempt);
      try {
        const response = await fetch(`${nginx.base}${attempt.uri}`, { ...init, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        attempt.status = response.status;
        const body = await response.text();
        Object.assign(attempt, { endedAt: Date.now(), ok: response.status === 200, detail: `${response.status} ${response.status === 200 ? "" : body.slice(0, 200)}` });
        return { attempt, response, body };
      } catch (error) {
        Object.assign(attempt, { endedAt: Date.now(), detail: String(error) });
        return { attempt };
      }
    }

    async function action<T>(kind: "cart" | "checkout", page: string, name: string, args: unknown[], cookie?: string) {
      const { attempt, response, body } = await send(kind, page, {
        method: "POST",
        headers: { "next-action": serverActionId(ACTIONS, name), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(args),
      });
      if (!response || !attempt.ok) return null;
      const row = body!.split("\n").find((line) => line.startsWith("1:"));
      const result = row ? (JSON.parse(row.slice(2)) as ActionResult<T>) : null;
      if (!result?.ok) Object.assign(attempt, { ok: false, detail: `200 ${JSON.stringify(result)}` });
      return result?.ok ? { data: result.data, setCookie: response.headers.getSetCookie() } : null;
    }

    /** As a browser user does: a failed submit is sent again, the same form (same idempotency key). */
    async function retried<T>(work: () => Promise<T | null>): Promise<{ value: T; tries: number }> {
      for (let tries = 1; tries <= 8; tries++) {
        const value = await work();
        if (value) return { value, tries };
        await sleep(200);
      }
      throw new Error(`Still failing after 8 tries: ${JSON.stringify(attempts.filter((a) => !a.ok).slice(-3))}`);
    }

    const catalogPage = `/l/${token}/catalogs/${world.catalog.id}`;
    const reads: { path: string; headers: Record<string, string>; shows: string }[] = [
      { path: catalogPage, headers: {}, shows: "Linen Shirt" },
      { path: "/admin/orders", headers: { cookie: staffCookie }, shows: "</html>" },
      { path: "/api/health", headers: {}, shows: `"status":"ok"` },
    ];
    async function reader(offset: number) {
      for (let i = offset; running; i++) {
        const read = reads[i % reads.length];
        const { attempt, body } = await send("GET", read.path, { headers: read.headers });
        if (attempt.ok && !body!.includes(read.shows)) Object.assign(attempt, { ok: false, detail: `200 without "${read.shows}"` });
        await sleep(50);
      }
    }
    async function buyer(client: number) {
      for (let i = 0; running; i++) {
        const input = checkoutInput({ email: `lb-${client}-${i}-${randomBytes(3).toString("hex")}@test.example` });
        const checkout: Checkout = { key: input.idempotencyKey, email: input.email, orderNumber: null, attempts: 0 };
        checkouts.push(checkout);
        // A new visitor of the link: the first cart save starts its session (cookie).
        const quantities = [{ skuId: world.skus[i % 4].id, quantity: 2 }, { skuId: world.skus[(i + 1) % 4].id, quantity: 1 }];
        const cart = await retried(() => action("cart", catalogPage, "saveLinkCartAction", [token, { productId: world.product.id, quantities }]));
        const cookie = cart.value.setCookie.map((c) => c.split(";")[0]).find((c) => c.startsWith("wl_"));
        if (!cookie) throw new Error(`The first cart save set no link session cookie: ${cart.value.setCookie.join("; ")}`);
        const placed = await retried(() => action<{ orderNumber: string }>("checkout", `/l/${token}/checkout`, "placeLinkOrderAction", [token, input], cookie));
        checkout.orderNumber = placed.value.data.orderNumber;
        checkout.attempts = placed.tries;
      }
    }

    // Each instance renders each path once before the load (a route's first request loads its code).
    for (const instance of instances) {
      for (const read of reads) await fetch(`${instance.base}${read.path}`, { headers: read.headers, redirect: "manual" }).then((r) => r.text());
    }

    // The load runs at least LOAD_MS, the kill KILL_AFTER_MS in; on a slow machine each phase
    // lasts until enough has happened in it (bounded).
    const started = Date.now();
    // Besides each checkout's mail and event: a batch written at once without a kick (as a bulk
    // release writes them), which both instances' sweeps take their shares of.
    await prisma.outboxEmail.createMany({
      data: Array.from({ length: BATCH }, (_, i) => ({
        brandId: world.brand.id, to: `batch-${i}@test.example`, template: "orderProcessing", locale: "en",
        data: { brandName: world.brand.name, timeZone: "UTC", orderNumber: `B-${i}`, contactName: "Sam Carter", orderUrl: null },
      })),
    });
    await prisma.$transaction((tx) => writeEvents(tx, world.brand.id, "webhook.test", Array.from({ length: BATCH }, (_, i) => ({ batch: i })), [endpointId]));
    const done = () => checkouts.filter((c) => c.orderNumber).length;
    // A client that gives up stops the others too.
    const load = [reader(0), reader(1), buyer(0), buyer(1)].map((client) =>
      client.catch((error: unknown) => {
        running = false;
        throw error;
      }),
    );
    await until(() => Date.now() - started >= KILL_AFTER_MS && done() >= 2 && attempts.filter((a) => a.kind === "GET").length >= 6, 20_000);
    // Kill the instance while one of its connections is inside a checkout's transaction (it has
    // taken the next order number: a write lock on "Brand", or written the order), if that comes
    // within 2.5 s; else anyway.
    let midCheckout = false;
    const lookUntil = Date.now() + 2_500;
    while (Date.now() < lookUntil) {
      const inside = await prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
        WHERE a.application_name = 'lb-instance-a' AND l.mode = 'RowExclusiveLock'
          AND l.relation IN ('"Brand"'::regclass, '"Order"'::regclass, '"OrderLine"'::regclass)`;
      if (inside[0].n > 0) {
        midCheckout = true;
        break;
      }
      await sleep(5);
    }
    // Dead once its process is gone: until the kernel has torn it down (freeing its memory first,
    // closing its sockets last) its port still accepts connections that nothing will answer.
    const died = new Promise<number>((resolve) => victim.process.once("exit", () => resolve(Date.now())));
    const killedAt = Date.now();
    process.kill(-victim.process.pid!, "SIGKILL");
    const doneAtKill = done();
    const getsAtKill = attempts.filter((a) => a.kind === "GET").length;
    await until(() => Date.now() - started >= LOAD_MS && done() >= doneAtKill + 3 && attempts.filter((a) => a.kind === "GET").length >= getsAtKill + 10, 30_000);
    running = false;
    await Promise.all(load);
    const diedAt = await died;

    const gets = attempts.filter((a) => a.kind === "GET");
    const show = (list: Attempt[]) => list.map((a) => `${a.kind} ${a.uri} ${a.status ?? "-"} ${a.detail} (${a.startedAt - killedAt}..${a.endedAt - killedAt} ms from the kill)`);
    console.log(
      `Load balancer: ${gets.length} GETs, ${checkouts.length} checkouts (${attempts.filter((a) => a.kind !== "GET").length} action POSTs) in ${Date.now() - started} ms; ` +
        `instance killed ${killedAt - started} ms in${midCheckout ? ", inside a checkout's transaction" : ""}, gone ${diedAt - killedAt} ms later; failed attempts: ${JSON.stringify(show(attempts.filter((a) => !a.ok)))}`,
    );

    const log = await nginx.accessLog();
    const inFlightAtDeath = (a: Attempt) => a.startedAt <= diedAt && a.endedAt >= killedAt;
    // No GET failed, but for one the dead instance had begun to answer (its status line and
    // headers had reached the client, the rest was cut off): nginx can pass a request on to
    // another instance only before the first byte of the answer, and so can any balancer.
    // nginx's error log names each such request, the instance and how its answer broke off.
    expect(gets.filter((a) => a.startedAt > killedAt).length).toBeGreaterThanOrEqual(10);
    const errorLog = await nginx.errorLog();
    const cutOffByVictim = (a: Attempt) =>
      errorLog
        .split("\n")
        .some((line) => / while reading upstream, /.test(line) && line.includes(`request: "GET ${a.uri} `) && line.includes(`upstream: "http://${victimAddress}/`));
    const cutOff = gets.filter((a) => !a.ok);
    expect(show(cutOff.filter((a) => !(a.status === 200 && inFlightAtDeath(a) && cutOffByVictim(a)))), errorLog.slice(-2000)).toEqual([]);
    expect(cutOff.length).toBeLessThanOrEqual(2); // one per reading client at most
    // Every other failure: a POST the instance had taken while it died (nginx never sends a POST
    // twice), each then retried by its client.
    expect(show(attempts.filter((a) => !a.ok && !inFlightAtDeath(a)))).toEqual([]);

    // nginx: both instances served before the kill; requests the dead one could not take went to the other.
    expect(log.some((entry) => entry.upstreams.at(-1) === victimAddress && entry.status === 200)).toBe(true);
    expect(log.some((entry) => entry.upstreams.at(-1) === survivorAddress && entry.status === 200)).toBe(true);
    const passedOn = log.filter((entry) => entry.upstreams.length === 2 && entry.upstreams[0] === victimAddress && entry.upstreams[1] === survivorAddress);
    expect(passedOn.length, errorLog.slice(-2000)).toBeGreaterThan(0);
    expect(passedOn.every((entry) => entry.status === 200)).toBe(true);
    // Each action POST nginx sent to an instance that then failed was answered 502, not sent on.
    const refused = log.filter((entry) => entry.method === "POST" && entry.status === 502);
    expect(refused.every((entry) => entry.upstreams.length === 1 && entry.upstreams[0] === victimAddress)).toBe(true);

    // Every checkout: one order under its idempotency key, the one its client was told about.
    expect(checkouts.length).toBeGreaterThanOrEqual(5);
    const keys = checkouts.map((c) => c.key);
    const orders = await prisma.order.findMany({ where: { brandId: world.brand.id }, select: { idempotencyKey: true, number: true, contactEmail: true, _count: { select: { lines: true } } } });
    expect(orders.length).toBe(checkouts.length);
    expect(orders.map((o) => o.idempotencyKey).sort()).toEqual([...keys].sort());
    for (const checkout of checkouts) {
      const order = orders.find((o) => o.idempotencyKey === checkout.key)!;
      expect(`${world.brand.orderPrefix}-${String(order.number).padStart(6, "0")}`).toBe(checkout.orderNumber);
      expect(order).toMatchObject({ contactEmail: checkout.email, _count: { lines: 2 } });
    }
    // Order numbers without gaps or repeats: no checkout was half-written by the dead instance.
    expect(orders.map((o) => o.number).sort((a, b) => a - b)).toEqual(orders.map((_, i) => i + 1));

    // Mail and webhooks: wait until every message is sent, the dead instance's claimed jobs
    // included (taken over once their lease ends).
    const mails = await prisma.outboxEmail.findMany({ where: { brandId: world.brand.id }, select: { id: true } });
    expect(mails.length).toBeGreaterThanOrEqual(checkouts.length + BATCH);
    const deadline = Date.now() + JOB_LEASE_MS + 20_000;
    for (;;) {
      const [pendingMail, pendingHooks] = await Promise.all([
        prisma.outboxEmail.count({ where: { brandId: world.brand.id, status: { not: "SENT" } } }),
        prisma.webhookDelivery.count({ where: { brandId: world.brand.id, status: { not: "DELIVERED" } } }),
      ]);
      if (pendingMail === 0 && pendingHooks === 0) break;
      if (Date.now() > deadline) {
        const stuck = await prisma.webhookDelivery.findMany({ where: { brandId: world.brand.id, status: { not: "DELIVERED" } }, select: { status: true, attempts: true, lastError: true } });
        throw new Error(`Not delivered in time: ${pendingMail} mails, ${pendingHooks} webhooks ${JSON.stringify(stuck)}. ${survivor.output().slice(-2000)}`);
      }
      await sleep(250);
    }

    const received = sinks.flatMap((sink, i) => sink.received.map((message) => ({ ...message, instance: i })));
    // Both instances' workers sent mail.
    expect(sinks.map((sink) => sink.received.length > 0)).toEqual([true, true]);
    expect(received.every((message) => message.messageId !== null)).toBe(true);
    const mailIds = new Set(mails.map((mail) => `outbox-${mail.id}`));
    expect(new Set(received.map((message) => /^<([^@]+)@/.exec(message.messageId!)?.[1])), "every outbox row, and only those").toEqual(mailIds);
    const mailCopies = groupBy(received, (message) => message.messageId!);
    const mailTwice = [...mailCopies.values()].filter((copies) => copies.length > 1);
    // A second copy only of a mail the dead instance handed to SMTP just before it died (the
    // receivers run in this process: their clock may lag the kill by a busy moment).
    for (const copies of mailTwice) {
      expect(copies.map((c) => c.instance)).toEqual([0, 1]);
      expect(Math.abs(copies[0].at - killedAt)).toBeLessThan(1_000);
      expect(copies[1].at).toBeGreaterThanOrEqual(copies[0].at);
    }
    expect(mailTwice.length).toBeLessThanOrEqual(2);

    const deliveries = await prisma.webhookDelivery.findMany({ where: { brandId: world.brand.id }, select: { eventId: true, attempts: true } });
    expect(deliveries.length).toBeGreaterThanOrEqual(checkouts.length + BATCH);
    const hooks = groupBy(receiver.requests, (request) => String(request.headers["webhook-id"]));
    expect(new Set(hooks.keys()), "every event, and only those").toEqual(new Set(deliveries.map((d) => d.eventId)));
    const hooksTwice = [...hooks.entries()].filter(([, copies]) => copies.length > 1);
    // A second copy only of an event the dead instance had sent but not recorded: its job was
    // taken over after the lease (attempt 2).
    for (const [eventId, copies] of hooksTwice) {
      expect(copies.length).toBe(2);
      expect(Math.abs(copies[0].at - killedAt)).toBeLessThan(1_000);
      expect(copies[1].at - copies[0].at).toBeGreaterThan(JOB_LEASE_MS / 2);
      expect(deliveries.find((d) => d.eventId === eventId)?.attempts).toBe(2);
    }
    expect(hooksTwice.length).toBeLessThanOrEqual(10);
    console.log(
      `Load balancer: ${orders.length} orders for ${checkouts.length} checkouts (${checkouts.filter((c) => c.attempts > 1).length} retried); ` +
        `${mails.length} mails (${sinks.map((s) => s.received.length).join(" + ")} received, ${mailTwice.length} resent after the kill); ` +
        `${deliveries.length} webhook deliveries (${receiver.requests.length} received, ${hooksTwice.length} resent after the kill, ${deliveries.filter((d) => d.attempts > 1).length} taken over); ` +
        `${passedOn.length} requests passed on to the other instance by nginx (${passedOn.map((e) => e.method).join(", ")}), ${cutOff.length} GETs cut off mid-answer`,
    );
  });
});
