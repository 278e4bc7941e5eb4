import { buildForms, type Form } from './grammar';
import { namedPlaceNames, registeredNames } from './vocabulary';

/** The grammar's forms with the nouns registered so far (build once every step file has registered its own). */
export function formsFromVocabulary(): Form[] {
  return buildForms({
    places: registeredNames('place'),
    namedPlaces: namedPlaceNames(),
    things: registeredNames('thing'),
    states: registeredNames('state'),
  });
}
