// The case panel: casebook's block at the top of each scenario card (the reporter prints a scenario's
// description as HTML, so this is where links can go). Key linked to its markdown, flaky/interrupted
// markers, the markdown line of the failure, related tickets, screenshots and traces.
// Everything from the case goes through the `html` template, which escapes it.
import path from 'node:path';
import type { SavedAttachment } from './attachments';
import { type CaseInfo, failedAtOf } from './case-info';
import { html, type SafeHtml } from './html';
import { type LinkOptions, safeHttpUrl, sourceHref } from './links';
import { isFlaky, type ScenarioRun } from './model';

export interface PanelContext {
  links: LinkOptions;
  /** folder of the feature pages, for relative links */
  pageDir: string;
  /** the report folder, to print a `show-trace` command relative to the working directory */
  reportDir: string;
}

const LINK = 'text-primary hover:underline font-semibold';
const BADGE =
  'display:inline-block;border-radius:9999px;padding:0 8px;margin-right:6px;font-weight:700;color:#fff';

function badges(scenario: ScenarioRun): SafeHtml {
  const badge = (name: string, colour: string) =>
    html`<span class="casebook-${name.toLowerCase()}" style="${BADGE};background:${colour}">${name}</span>`;
  return html`${isFlaky(scenario) && badge('FLAKY', '#d97706')}${scenario.interrupted && badge('INTERRUPTED', '#6b7280')}`;
}

function headline(info: CaseInfo, scenario: ScenarioRun, context: PanelContext): SafeHtml {
  const href = info.source ? sourceHref(info.source, context.pageDir, context.links) : undefined;
  const key = info.key ?? info.source ?? '';
  const keyLink = href
    ? html`<a class="casebook-key ${LINK}" href="${href}" title="${info.source}">${key}</a>`
    : key;
  const facts = [info.pLevel, info.priority, info.status, info.folder].filter(Boolean).join(' · ');
  const { attempts } = scenario;
  const tries =
    attempts.length > 1 ? ` · ${attempts.length} attempts: ${attempts.map((a) => a.status).join(' → ')}` : '';
  return html`<span>${badges(scenario)}${keyLink} ${facts}${tries}</span>`;
}

function failedAt(scenario: ScenarioRun, context: PanelContext): SafeHtml | '' {
  const error = scenario.steps.find((step) => step.status === 'failed')?.error;
  const origin = failedAtOf(error);
  if (!origin) return '';
  const href = sourceHref(origin.source, context.pageDir, context.links, origin.line);
  const label = origin.line ? `${origin.source}:${origin.line}` : origin.source;
  return html`<div>Failing step from ${href ? html`<a class="${LINK}" href="${href}">${label}</a>` : label}</div>`;
}

function related(info: CaseInfo): SafeHtml | '' {
  if (info.related.length === 0) return '';
  const items = info.related.map((ticket) => {
    const url = ticket.url && safeHttpUrl(ticket.url);
    const link = url
      ? html`<a class="casebook-related ${LINK}" href="${url}" rel="noopener noreferrer">${ticket.title}</a>`
      : ticket.title;
    return html`<li>${link}</li>`;
  });
  return html`<div>Related:<ul style="margin:0 0 0 1.2em;list-style:disc">${items}</ul></div>`;
}

function evidenceItem(item: SavedAttachment, context: PanelContext): SafeHtml {
  const href = `../${item.file}`;
  if (item.kind === 'image') {
    return html`<a class="casebook-screenshot" href="${href}" target="_blank" rel="noopener"><img src="${href}" alt="${item.name}" style="max-width:360px;max-height:240px;border:1px solid #cbd5e1;border-radius:6px;display:block"></a>`;
  }
  const file = path.join(context.reportDir, item.file);
  const relative = path.relative(process.cwd(), file);
  const command = `npx playwright show-trace ${relative.startsWith('..') ? file : relative}`;
  const hint =
    item.kind === 'trace' ? html` <span>open it with <code class="font-mono">${command}</code></span>` : '';
  return html`<div><a class="casebook-download ${LINK}" href="${href}" download="${item.name}">${item.name}</a>${hint}</div>`;
}

export function casePanel(
  info: CaseInfo,
  scenario: ScenarioRun,
  evidence: SavedAttachment[],
  context: PanelContext,
): string {
  const items = evidence.map((item) => evidenceItem(item, context));
  const attachments =
    items.length > 0
      ? html`<div class="casebook-evidence" style="display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;margin-top:4px">${items}</div>`
      : '';
  const own = scenario.description.trim() ? html`<div>${scenario.description.trim()}</div>` : '';
  // The reporter prints the description twice: clamped in the card's header, and in full once the card is
  // opened. The style keeps the header to the headline.
  const style = html`<style>.scenario-card > button .casebook-more { display: none; }</style>`;
  const more = html`<div class="casebook-more">${failedAt(scenario, context)}${related(info)}${attachments}${own}</div>`;
  // One line: the reporter turns newlines in a description into <br />.
  const panel = html`<div class="casebook-case">${style}${headline(info, scenario, context)}${more}</div>`;
  return panel.value.replace(/\r?\n/g, ' ');
}
