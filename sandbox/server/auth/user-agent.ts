/** The session props Mattermost derives from the User-Agent at login (shown in Active Sessions). */
export interface DeviceProps {
  platform: string;
  os: string;
  browser: string;
}

const PLATFORMS: Array<[RegExp, string, string]> = [
  [/Windows NT 10/, 'Windows', 'Windows 10'],
  [/Windows/, 'Windows', 'Windows'],
  [/iPhone/, 'iPhone', 'iOS'],
  [/iPad/, 'iPad', 'iOS'],
  [/Android/, 'Android', 'Android'],
  [/Macintosh|Mac OS X/, 'Macintosh', 'Mac OS'],
  [/CrOS/, 'Linux', 'Chrome OS'],
  [/Linux|X11/, 'Linux', 'Linux'],
];

// Order matters: Edge and Opera also claim Chrome, Chrome also claims Safari.
const BROWSERS: Array<[RegExp, string]> = [
  [/Mattermost\/([\d.]+)/, 'Desktop App'],
  [/Edg(?:e|A|iOS)?\/(\d+\.\d+)/, 'Edge'],
  [/OPR\/(\d+\.\d+)/, 'Opera'],
  [/Firefox\/(\d+\.\d+)/, 'Firefox'],
  [/(?:HeadlessChrome|Chrome|CriOS)\/(\d+\.\d+)/, 'Chrome'],
  [/Version\/(\d+\.\d+).*Safari/, 'Safari'],
  [/node|undici/i, 'Node'],
];

export function parseUserAgent(userAgent: string | undefined): DeviceProps {
  const ua = userAgent ?? '';
  const platform = PLATFORMS.find(([pattern]) => pattern.test(ua));
  let browser = 'unknown';
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(ua);
    if (match) {
      browser = match[1] ? `${name}/${match[1]}` : name;
      break;
    }
  }
  return { platform: platform?.[1] ?? 'unknown', os: platform?.[2] ?? 'unknown', browser };
}
