// The time zones a brand can choose: UTC and every IANA zone this runtime knows. Client and server
// alike; the select's options come from the server, so the list the form offers is the one the
// action accepts.

/** A zone is valid when Intl can format dates in it (an IANA name such as Asia/Tokyo, or UTC). */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value) || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

let zones: string[] | undefined;

/** UTC first, then the IANA zones in alphabetical order. */
export function timeZones(): string[] {
  zones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return zones;
}

// One formatter per zone: the settings page lists every zone, and building one costs ~50 µs.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** "GMT+09:00" for Asia/Tokyo at this moment (daylight saving time included). */
export function timeZoneOffset(zone: string, at = new Date()): string {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  return format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
}
