// A small per-process cache for reads that are expensive at scale and may lag a little (filter
// choices drawn from hundreds of thousands of rows). Entries expire after `ttlMs`; a failed load
// is not kept. Each app instance has its own copy, so staleness is bounded by the TTL everywhere.
export function ttlCache<V>(ttlMs: number, load: (key: string) => Promise<V>, maxEntries = 1000) {
  const entries = new Map<string, { value: Promise<V>; expires: number }>();
  return function get(key: string): Promise<V> {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    const value = load(key);
    entries.set(key, { value, expires: now + ttlMs });
    value.catch(() => entries.delete(key));
    return value;
  };
}
