import { defineAlias } from '../../generic/vocabulary';
import { BACKSTAGE } from './selectors';

// On a backstage add form the cases call its submit button by the page's name ("Add"; the button reads "Save"),
// on an edit form "Update" is the button's own text. Elsewhere "Add" keeps its plain meaning.
defineAlias(['add'], { css: [BACKSTAGE.saveCommand, BACKSTAGE.saveWebhook], names: ['Add'] });
