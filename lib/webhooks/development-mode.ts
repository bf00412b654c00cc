// A brand's webhook "development mode" lets its endpoints be http://localhost and private or
// loopback addresses (a receiver on a developer's machine or in a test). It is a server-side
// request forgery risk on a shared server, so a brand's switch only counts where the server allows
// it: WEBHOOKS_DEVELOPMENT_MODE=allow, or any server not running in production (next dev, tests).

export function developmentModeAllowed(): boolean {
  return process.env.WEBHOOKS_DEVELOPMENT_MODE === "allow" || process.env.NODE_ENV !== "production";
}

/** Whether the brand's endpoints may reach localhost and private addresses right now. */
export function inDevelopmentMode(brand: { webhookDevelopmentMode: boolean }): boolean {
  return brand.webhookDevelopmentMode && developmentModeAllowed();
}
