import { registerThing } from '../../generic/assert';
import { BANNER } from './banner';

/**
 * The Preview Mode banner (ConfigurationAnnouncementBar): the `.announcement-bar` whose text is "Preview Mode: Email
 * notifications have not been configured" (with or without the final period across versions), the blue bar the
 * corpus' Notifications cases call "blue bar (message)".
 */
registerThing({
  names: ['blue bar', 'blue bar message', 'blue banner', 'preview mode banner', 'preview mode bar'],
  locate: (scope) =>
    scope
      .locator(BANNER.bar)
      .filter({ hasText: /^\s*Preview Mode: Email notifications have not been configured/ }),
});
