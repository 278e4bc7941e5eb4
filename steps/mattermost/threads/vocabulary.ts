import { registerPlace } from '../../generic/assert/vocabulary';

/**
 * "Threads screen opens", "… in the Threads view": Mattermost's global threads view (global_threads.tsx),
 * `#app-content.GlobalThreads` at /<team>/threads.
 */
registerPlace({
  names: ['Threads screen', 'Threads view', 'Threads page', 'global threads view', 'followed threads view'],
  locate: (page) => page.locator('.GlobalThreads').filter({ visible: true }),
});
