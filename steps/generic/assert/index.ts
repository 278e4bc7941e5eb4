// The assertion language's vocabulary API, with the places and states every web app has registered.
import './places';
import './states';

export {
  type Place,
  placeNamed,
  registeredNames,
  registerPlace,
  registerState,
  registerThing,
  type Scope,
  type State,
  type StateReading,
  stateNamed,
  type Thing,
  thingNamed,
} from './vocabulary';
