// Registers the Mattermost vocabulary and menu routes with the generic grammar (imported by every domain file).
import './vocabulary';
import './routes';
import './assert-vocabulary';
import './user-state';
import { setAppOpener } from '../../support/app-entry';
import { openScenarioChannel } from './fixtures';
import { logInThroughUi } from './login';

// A case that does not say how it starts runs as the default user (or the start role a tag gives), logged in
// through the login page, in a channel of its own (steps/mattermost/fixtures.ts) so that no other scenario's
// posts are in view.
setAppOpener(async (world, session) => {
  const user = world.credentials(world.startRole);
  world.log(`The case starts logged in: logging in as ${user.username} first.`);
  await logInThroughUi(session, user, world.timeouts.navigationMs);
  await openScenarioChannel(world, session);
});
