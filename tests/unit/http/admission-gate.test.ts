import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "vitest";
import { admissionGate, concurrentRequestLimit } from "@/lib/http/admission-gate";

describe("admissionGate", () => {
  it("runs at most `limit` at once and the rest in arrival order as slots free up", () => {
    const gate = admissionGate(2);
    const started: number[] = [];
    const release: (() => void)[] = [];
    for (let i = 0; i < 5; i++) gate.enter((done) => (started.push(i), (release[i] = done)));
    expect(started).toEqual([0, 1]);
    expect([gate.running, gate.waiting]).toEqual([2, 3]);

    release[1]();
    expect(started).toEqual([0, 1, 2]);
    release[0]();
    release[2]();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect([gate.running, gate.waiting]).toEqual([2, 0]);
  });

  it("frees a slot once however often it is released (a response's finish and close both call it)", () => {
    const gate = admissionGate(1);
    const started: number[] = [];
    let first = () => {};
    gate.enter((done) => ((first = done), started.push(0)));
    gate.enter(() => void started.push(1));
    gate.enter(() => started.push(2));
    first();
    first();
    expect(started).toEqual([0, 1]);
    expect([gate.running, gate.waiting]).toEqual([1, 1]);
  });

  it("work that finishes at once lets everything through", () => {
    const gate = admissionGate(1);
    let ran = 0;
    for (let i = 0; i < 100; i++) gate.enter((done) => (ran++, done()));
    expect([ran, gate.running, gate.waiting]).toEqual([100, 0, 0]);
  });
});

describe("APP_MAX_CONCURRENT_REQUESTS", () => {
  it("defaults to 8, takes a whole number (0: no limit) and refuses anything else", () => {
    expect(concurrentRequestLimit({})).toBe(8);
    expect(concurrentRequestLimit({ APP_MAX_CONCURRENT_REQUESTS: "16" })).toBe(16);
    expect(concurrentRequestLimit({ APP_MAX_CONCURRENT_REQUESTS: "0" })).toBe(0);
    expect(() => concurrentRequestLimit({ APP_MAX_CONCURRENT_REQUESTS: "many" })).toThrow(/whole number/);
    expect(() => concurrentRequestLimit({ APP_MAX_CONCURRENT_REQUESTS: "-1" })).toThrow(/whole number/);
  });
});

describe("admissionGate and async context", () => {
  it("runs a waiting request in its own async context, not in the one of the request that frees the slot", () => {
    const store = new AsyncLocalStorage<string>();
    const gate = admissionGate(1);
    let releaseFirst = () => {};
    store.run("first request", () => gate.enter((done) => (releaseFirst = done)));
    let seen: string | undefined = "not run";
    store.run("second request", () => gate.enter(() => void (seen = store.getStore())));
    expect(seen).toBe("not run");
    // The first request's slot is freed from inside its own render, where its stores are active.
    store.run("first request's render", () => releaseFirst());
    expect(seen).toBe("second request");
  });
});
