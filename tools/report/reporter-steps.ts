// Steps in the reporter's JSON. Raw-printed text is entity-escaped; text the reporter escapes itself only
// has its script breakers neutralised (see html.ts). Binary attachments leave the step for files.
import type { AttachmentWriter, SavedAttachment } from './attachments';
import { isInlineText } from './attachments';
import { escapeHtml, neutraliseScriptBreakers } from './html';
import type { Attachment, StepRun } from './model';

export interface ReporterEmbedding {
  mime_type: 'text/plain';
  data: string;
  name?: string;
}

export interface ReporterStep {
  keyword: string;
  name: string;
  line?: number;
  hidden?: boolean;
  result: { status: string; duration: number; error_message?: string };
  arguments: Array<{ rows: Array<{ cells: string[] }> }>;
  doc_string?: { value: string };
  embeddings: ReporterEmbedding[];
}

/** Text of any textual type is shown as plain text: the reporter would insert text/html as markup. */
function asPlainText(attachment: Attachment): ReporterEmbedding {
  let text = Buffer.from(attachment.body, 'base64').toString('utf8');
  if (/json$/.test(attachment.mediaType)) {
    try {
      text = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // not JSON after all: show it as it is
    }
  }
  // The body travels base64-encoded and is decoded to a Buffer by the reporter, so only the name is
  // exposed to the inline script.
  const name =
    attachment.fileName ?? (attachment.mediaType === 'text/plain' ? undefined : attachment.mediaType);
  return {
    mime_type: 'text/plain',
    data: Buffer.from(text).toString('base64'),
    name: name === undefined ? undefined : neutraliseScriptBreakers(name),
  };
}

export function toReporterStep(
  step: StepRun,
  writer: AttachmentWriter,
  evidence: SavedAttachment[],
): ReporterStep {
  const embeddings: ReporterEmbedding[] = [];
  for (const attachment of step.attachments) {
    if (isInlineText(attachment)) embeddings.push(asPlainText(attachment));
    else evidence.push(writer.save(attachment));
  }
  return {
    keyword: escapeHtml(step.keyword),
    name: escapeHtml(step.text),
    line: step.line,
    hidden: step.hook ? true : undefined,
    result: {
      status: step.status,
      duration: Math.round(step.durationNs),
      error_message: step.error === undefined ? undefined : neutraliseScriptBreakers(step.error),
    },
    arguments: step.table ? [{ rows: step.table.map((cells) => ({ cells: cells.map(escapeHtml) })) }] : [],
    doc_string:
      step.docString === undefined ? undefined : { value: neutraliseScriptBreakers(step.docString) },
    embeddings,
  };
}
