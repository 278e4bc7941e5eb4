export {
  type ConvertedCase,
  convertCase,
  type FeatureStep,
  GENERATED_HEADER_PREFIX,
  NO_STEPS_TEXT,
} from './feature';
export { documentSteps, sourceLocationOf } from './source-map';
export { isManualOnly, slug } from './tags';
export { parseFeature, validateFeature } from './validate';
