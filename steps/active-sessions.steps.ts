import { defineStep } from '@cucumber/cucumber';
import type { CasebookWorld } from '../support/world';
import { clickLabel } from './generic/actions';
import { LABEL, sentence } from './generic/phrase';
import './mattermost';
import { definition } from './generic/define';
import { logOutSession, openActiveSessions } from './mattermost/active-sessions';
import { currentSessionId } from './mattermost/api';

const CLOSE = String.raw`(?:close|log\s*out(?:\s+of)?|logout(?:\s+of)?|revoke|end|terminate|kill|remove)`;
const CREATED = String.raw`(?:created|opened|started|logged\s+in|used)`;

/** Logs out, from the Active Sessions list of the current session, the session created in step `n`. */
async function closeSessionOfStep(world: CasebookWorld, n: number) {
  const target = world.sessions.createdInStep(n, world.step.position?.block);
  if (!target) throw new Error(`no browser session was created in step ${n} of this scenario`);
  const current = await world.session();
  if (target === current)
    throw new Error(`the session of step ${n} is the one in use: open another session first`);
  const sessionId = await currentSessionId(target.context, target.loggedInAt);
  const modal = await openActiveSessions(current.page, world.timeouts.actionMs);
  await logOutSession(modal, sessionId, world.timeouts.actionMs);
}

/** "Click “View and Logout of Active Sessions”, then find and close the session created in step 1". */
defineStep(
  ...definition(
    sentence(
      String.raw`(?:click|tap|select)(?:\s+on)?\s+(?:the\s+)?(${LABEL})(?:\s+(?:button|link))?,?\s+(?:and\s+)?then\s+(?:find\s+and\s+)?${CLOSE}\s+the\s+session\s+${CREATED}\s+in\s+step\s+(\d+)`,
    ),
    async function (this: CasebookWorld, label: string, step: string) {
      await clickLabel(this, label);
      await closeSessionOfStep(this, Number(step));
    },
  ),
);

/** "Find and close the session created in step 1" (opens Active Sessions when it is not open). */
defineStep(
  ...definition(
    sentence(String.raw`(?:find\s+and\s+)?${CLOSE}\s+the\s+session\s+${CREATED}\s+in\s+step\s+(\d+)`),
    async function (this: CasebookWorld, step: string) {
      await closeSessionOfStep(this, Number(step));
    },
  ),
);
