// A stacked bar per group (cases by status), drawn as inline SVG: no script, no chart library, and the
// colours come from the reporter's status classes so light and dark themes both work.
import { html, type SafeHtml } from '../html';
import { CASE_STATUSES, type CaseStatus, type GroupCounts } from '../summary';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  undefined: 'Undefined',
  pending: 'Pending',
  skipped: 'Skipped',
};

const LABEL_WIDTH = 120;
const BAR_WIDTH = 560;
const ROW_HEIGHT = 30;

function bar(group: GroupCounts, row: number, widest: number): SafeHtml {
  const y = row * ROW_HEIGHT;
  let x = LABEL_WIDTH;
  const segments = CASE_STATUSES.filter((status) => group[status] > 0).map((status) => {
    const width = (group[status] / widest) * BAR_WIDTH;
    const segment = html`<rect class="text-status-${status}" fill="currentColor" x="${x.toFixed(1)}" y="${y + 6}" width="${width.toFixed(1)}" height="18"><title>${group.name}: ${group[status]} ${STATUS_LABELS[status].toLowerCase()}</title></rect>`;
    x += width;
    return segment;
  });
  return html`<text x="${LABEL_WIDTH - 8}" y="${y + 20}" text-anchor="end" fill="currentColor" font-size="13">${group.name}</text>${segments}<text x="${x + 6}" y="${y + 20}" fill="currentColor" font-size="12">${group.cases}</text>`;
}

export function stackedBars(groups: GroupCounts[], caption: string): SafeHtml {
  const widest = Math.max(1, ...groups.map((group) => group.cases));
  const height = groups.length * ROW_HEIGHT + 8;
  const legend = CASE_STATUSES.map(
    (status) =>
      html`<span class="inline-flex items-center gap-1" style="margin-right:14px"><span class="bg-status-${status}" style="display:inline-block;width:10px;height:10px;border-radius:2px"></span>${STATUS_LABELS[status]}</span>`,
  );
  return html`<figure class="casebook-chart"><svg role="img" aria-label="${caption}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${height}" style="width:100%;max-width:760px;height:auto" class="text-muted-foreground">${groups.map((group, row) => bar(group, row, widest))}</svg><figcaption class="text-xs text-muted-foreground mt-2">${legend}</figcaption></figure>`;
}
