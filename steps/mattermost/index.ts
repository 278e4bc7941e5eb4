// Registers the Mattermost vocabulary and menu routes with the generic grammar (imported by every domain file).
import './vocabulary';
import './routes';
