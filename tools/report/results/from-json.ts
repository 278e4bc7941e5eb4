// Cucumber JSON → ScenarioRun, for result sets without a messages file. The JSON keeps only the last
// attempt of a retried scenario, so flakiness cannot be seen from it.
import { z } from 'zod';
import type { Attachment, ScenarioRun, StepRun } from '../model';
import { scenarioStatus, toStepStatus } from '../model';

const tagSchema = z.object({ name: z.string() });
const embeddingSchema = z.object({
  data: z.string(),
  mime_type: z.string().optional(),
  media: z.object({ type: z.string() }).optional(),
  name: z.string().optional(),
  fileName: z.string().optional(),
});
const argumentSchema = z.object({
  content: z.string().optional(),
  rows: z.array(z.object({ cells: z.array(z.string()) })).optional(),
});
const stepSchema = z.object({
  keyword: z.string().default(''),
  name: z.string().optional(),
  line: z.number().optional(),
  hidden: z.boolean().optional(),
  result: z.object({
    status: z.string(),
    duration: z.number().optional(),
    error_message: z.string().optional(),
  }),
  arguments: z.array(argumentSchema).optional(),
  doc_string: z.object({ value: z.string() }).optional(),
  embeddings: z.array(embeddingSchema).optional(),
});
const scenarioSchema = z.object({
  keyword: z.string().default('Scenario'),
  name: z.string().default(''),
  description: z.string().default(''),
  line: z.number(),
  type: z.string().default('scenario'),
  tags: z.array(tagSchema).default([]),
  steps: z.array(stepSchema).default([]),
});
export const featureSchema = z.object({
  uri: z.string(),
  keyword: z.string().default('Feature'),
  name: z.string().default(''),
  description: z.string().default(''),
  line: z.number().default(1),
  tags: z.array(tagSchema).default([]),
  elements: z.array(scenarioSchema).default([]),
});
type JsonStep = z.infer<typeof stepSchema>;

function toAttachment(embedding: z.infer<typeof embeddingSchema>): Attachment {
  return {
    mediaType: embedding.mime_type ?? embedding.media?.type ?? 'application/octet-stream',
    body: embedding.data,
    fileName: embedding.fileName ?? embedding.name,
  };
}

function toStep(step: JsonStep, afterSteps: boolean): StepRun {
  const isHook = step.hidden === true || (!step.name && /^(Before|After)$/.test(step.keyword));
  return {
    keyword: isHook ? (afterSteps ? 'After' : 'Before') : step.keyword,
    text: isHook ? '' : (step.name ?? ''),
    line: step.line,
    hook: isHook ? (afterSteps ? 'after' : 'before') : undefined,
    status: toStepStatus(step.result.status),
    durationNs: step.result.duration ?? 0,
    error: step.result.error_message,
    docString: step.doc_string?.value ?? step.arguments?.find((arg) => arg.content !== undefined)?.content,
    table: step.arguments?.find((arg) => arg.rows)?.rows?.map((row) => row.cells),
    attachments: (step.embeddings ?? []).map(toAttachment),
  };
}

function toSteps(steps: JsonStep[]): StepRun[] {
  let afterSteps = false;
  return steps.map((step) => {
    const converted = toStep(step, afterSteps);
    afterSteps ||= !converted.hook;
    return converted;
  });
}

/** Features that do not match the Cucumber JSON shape are reported through `warn` and left out. */
export function scenariosFromJson(
  items: unknown[],
  source: string,
  warn: (message: string) => void,
): ScenarioRun[] {
  return items.flatMap((item, index) => {
    const parsed = featureSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warn(
        `${source}: feature #${index + 1} is not Cucumber JSON (${issue?.path.join('.')}: ${issue?.message}); left out`,
      );
      return [];
    }
    const { elements, ...feature } = parsed.data;
    const featureInfo = { ...feature, tags: feature.tags.map((tag) => tag.name) };
    return elements
      .filter((element) => element.type !== 'background')
      .map((element) => {
        const scenario: ScenarioRun = {
          feature: featureInfo,
          keyword: element.keyword,
          name: element.name,
          description: element.description,
          line: element.line,
          tags: element.tags.map((tag) => tag.name),
          steps: toSteps(element.steps),
          attempts: [],
        };
        scenario.attempts = [{ status: scenarioStatus(scenario) }];
        return scenario;
      });
  });
}
