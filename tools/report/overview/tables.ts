// The count tables of the overview page and the list of cases that need attention.
import { html, type SafeHtml } from '../html';
import { type LinkOptions, sourceHref } from '../links';
import { CASE_STATUSES, type CaseRef, type Counts, type GroupCounts } from '../summary';
import { STATUS_LABELS } from './chart';

const TH = 'px-4 md:px-6 py-3';
const TD = 'px-4 md:px-6 py-3';
const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100));

function automatedCell(counts: Counts): SafeHtml {
  const share = percent(counts.automatedSteps, counts.steps);
  return html`<td class="${TD} min-w-[160px]"><div class="flex h-2 w-full overflow-hidden rounded-full bg-secondary"><div class="h-full bg-status-passed" style="width:${share}%"></div></div><div class="mt-1 text-[10px] font-medium">${counts.automatedSteps} / ${counts.steps} steps (${share}%)</div></td>`;
}

function countRow(name: string, counts: Counts, strong = false): SafeHtml {
  const cells = CASE_STATUSES.map(
    (status) =>
      html`<td class="${TD} text-right ${counts[status] > 0 ? `text-status-${status} font-semibold` : ''}">${counts[status]}</td>`,
  );
  return html`<tr class="hover:bg-muted/50 transition-colors ${strong ? 'font-bold' : ''}" data-group="${name}"><td class="${TD} font-medium">${name}</td><td class="${TD} text-right" data-count="cases">${counts.cases}</td>${cells}<td class="${TD} text-right ${counts.flaky > 0 ? 'text-status-pending font-semibold' : ''}">${counts.flaky}</td>${automatedCell(counts)}</tr>`;
}

export function countTable(title: string, groups: GroupCounts[], total?: Counts): SafeHtml {
  const heads = CASE_STATUSES.map(
    (status) => html`<th class="${TH} text-right">${STATUS_LABELS[status]}</th>`,
  );
  return html`<div class="overflow-x-auto"><table class="w-full text-sm text-left casebook-counts" data-table="${title}"><thead class="bg-muted text-muted-foreground uppercase text-xs font-semibold"><tr><th class="${TH}">${title}</th><th class="${TH} text-right">Cases</th>${heads}<th class="${TH} text-right">Flaky</th><th class="${TH}">Automated steps</th></tr></thead><tbody class="divide-y divide-border">${groups.map((group) => countRow(group.name, group))}${total ? countRow('All', total, true) : ''}</tbody></table></div>`;
}

export function attentionList(cases: CaseRef[], links: LinkOptions, reportDir: string): SafeHtml {
  if (cases.length === 0) return html`<p class="text-sm text-muted-foreground">No failed or flaky cases.</p>`;
  const items = cases.map((ref) => {
    const href = ref.source ? sourceHref(ref.source, reportDir, links) : undefined;
    const key =
      ref.key && href
        ? html`<a class="text-primary hover:underline font-semibold" href="${href}">${ref.key}</a>`
        : (ref.key ?? '');
    const label = ref.flaky
      ? html`<span class="text-status-pending font-semibold">flaky</span>`
      : html`<span class="text-status-failed font-semibold">failed</span>`;
    return html`<li class="py-2">${label} ${key} <a class="hover:underline" href="features/${ref.featureId}.html">${ref.name}</a></li>`;
  });
  return html`<ul class="divide-y divide-border text-sm">${items}</ul>`;
}
