// Where the report's links point: markdown sources (relative to the page, or under a configured base URL)
// and related tickets (only http/https, so a case cannot smuggle in a `javascript:` link).
import path from 'node:path';

export interface LinkOptions {
  /** Directory the `cases/…` paths are relative to (the project root). */
  casesRoot: string;
  /** e.g. `https://github.com/org/repo/blob/main/`: link sources there instead of to local files. */
  sourceBaseUrl?: string;
}

const SAFE_SOURCE = /^cases\/[\w .()-]+(?:\/[\w .()-]+)*\.md$/;

export function safeHttpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Link from a page in `pageDir` to a markdown source, or undefined when the path is not a plain case path. */
export function sourceHref(
  source: string,
  pageDir: string,
  options: LinkOptions,
  line?: number,
): string | undefined {
  if (!SAFE_SOURCE.test(source) || source.split('/').includes('..')) return undefined;
  if (options.sourceBaseUrl) {
    // Code hosts understand #L<line>; a local file link has no use for it.
    const base = safeHttpUrl(options.sourceBaseUrl);
    const anchor = line ? `#L${line}` : '';
    return base ? new URL(source, base.endsWith('/') ? base : `${base}/`).href + anchor : undefined;
  }
  const relative = path.relative(pageDir, path.join(options.casesRoot, source)).split(path.sep).join('/');
  return encodeURI(relative);
}
