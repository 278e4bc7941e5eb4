/**
 * Where `redirect_to` may lead after login: only a page of this site. The browser's own URL parser decides,
 * after decoding and normalising (`/\host`, `/<tab>/host`, `/x/..//host` all name another host), and the
 * absolute URL it gives is returned so that no later step can read it as protocol-relative.
 */
export function sameOriginDestination(redirectTo, origin) {
  if (typeof redirectTo !== 'string' || !redirectTo.startsWith('/')) return undefined;
  let url;
  try {
    url = new URL(redirectTo, origin);
  } catch {
    return undefined;
  }
  return url.origin === origin ? url.href : undefined;
}
