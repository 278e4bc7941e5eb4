import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Source of a script from support/page-scripts, injected into pages as text so no transpiler touches it. */
export function pageScript(name: 'notification-spy' | 'focus-emulation'): string {
  return readFileSync(path.join(__dirname, `${name}.js`), 'utf8');
}
