import type { SandboxContext } from '../../context';
import { type BuiltinRun, registerBuiltin } from '../commands';
import { changeStatus } from './statuses';
import { StatusStore, type UserStatusValue } from './store';

// server/channels/app/slashcommands command_away.go, command_online.go, command_offline.go, command_dnd.go:
// each sets the caller's status (manually) and answers only the caller, with Mattermost's texts.
const ANSWERS: [string, UserStatusValue, string][] = [
  ['away', 'away', 'You are now away'],
  ['online', 'online', 'You are now online'],
  ['offline', 'offline', 'You are now offline'],
  [
    'dnd',
    'dnd',
    'Do Not Disturb is enabled. You will not receive desktop or mobile push notifications until Do Not Disturb is turned off.',
  ],
];

/** Registered once per process; each run reaches the store of the sandbox it runs in (tests start several). */
export function registerStatusCommands(): void {
  for (const [trigger, status, text] of ANSWERS) {
    registerBuiltin(trigger, (ctx: SandboxContext, run: BuiltinRun) => {
      changeStatus(ctx, new StatusStore(ctx.stores.db), run.auth.user.id, status);
      return { response_type: 'ephemeral', text };
    });
  }
}
