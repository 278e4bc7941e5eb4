// overview.html: cases by priority and by folder, in the reporter's look (its stylesheet, icons and
// theme script, which the reporter has already copied next to index.html).
import { html, type SafeHtml } from '../html';
import type { LinkOptions } from '../links';
import type { SummaryCounts } from '../summary';
import { stackedBars } from './chart';
import { attentionList, countTable } from './tables';

export interface OverviewPageInput {
  reportName: string;
  pageTitle: string;
  counts: SummaryCounts;
  links: LinkOptions;
  reportDir: string;
}

const CARD = 'rounded-xl border bg-card text-card-foreground shadow p-6 space-y-4';
const CARD_TITLE = 'text-sm font-semibold text-muted-foreground uppercase tracking-wider';

function card(title: string, body: SafeHtml[], id: string): SafeHtml {
  return html`<section class="${CARD}" id="${id}"><h3 class="${CARD_TITLE}">${title}</h3>${body}</section>`;
}

// The reporter's own sun/moon icons, so its theme script can toggle them.
const THEME_ICONS = html`<svg id="sun-icon" class="hidden h-4 w-4 md:h-5 md:w-5" fill="none" stroke="currentColor" viewBox="0 0 24 24"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M12 3v1m0 16v1m9-9h-1M4 12H3m15.364-6.364l-.707.707M6.343 17.657l-.707.707m12.728 0l-.707-.707M6.343 6.343l-.707-.707M12 5a7 7 0 100 14 7 7 0 000-14z"/></svg><svg id="moon-icon" class="h-4 w-4 md:h-5 md:w-5" fill="none" stroke="currentColor" viewBox="0 0 24 24"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M20.354 15.354A9 9 0 018.646 3.646 9.003 9.003 0 0012 21a9.003 9.003 0 008.354-5.646z"/></svg>`;

function tile(label: string, value: string | number, status: string): SafeHtml {
  return html`<div class="flex flex-col items-center justify-center bg-status-${status}/10 rounded-xl py-3 px-3 border border-status-${status}/20 w-full" data-tile="${label}"><div class="text-xl md:text-2xl font-bold text-status-${status} leading-none">${value}</div><div class="text-[9px] md:text-[10px] uppercase font-bold text-status-${status} mt-1 tracking-wider">${label}</div></div>`;
}

function tiles(counts: SummaryCounts['total']): SafeHtml {
  const automated = counts.steps === 0 ? 0 : Math.round((counts.automatedSteps / counts.steps) * 100);
  return html`<div class="grid grid-cols-2 xs:grid-cols-3 sm:grid-cols-6 gap-3 md:gap-4">${[
    tile('Cases', counts.cases, 'skipped'),
    tile('Passed', counts.passed, 'passed'),
    tile('Failed', counts.failed, 'failed'),
    tile('Undefined / pending', counts.undefined + counts.pending, 'undefined'),
    tile('Flaky', counts.flaky, 'pending'),
    tile('Steps automated', `${automated}%`, 'passed'),
  ]}</div>`;
}

function header(input: OverviewPageInput): SafeHtml {
  return html`<header class="border-b bg-background px-4 md:px-6 py-4 sticky top-0 z-40"><div class="mx-auto max-w-7xl flex items-center justify-between gap-4"><div class="flex items-center gap-3"><div class="flex h-10 w-10 shrink-0 items-center justify-center rounded-xl bg-primary text-primary-foreground"><i class="fa-solid fa-vial-circle-check text-xl"></i></div><div><h1 class="text-lg md:text-2xl font-bold text-foreground tracking-tight">${input.reportName}</h1><p class="mt-0.5 text-[10px] md:text-xs text-muted-foreground uppercase font-bold tracking-widest opacity-70">${input.pageTitle}</p></div></div><button id="theme-toggle" class="p-2 rounded-md hover:bg-accent transition-colors shrink-0" title="Light / dark">${THEME_ICONS}</button></div></header>`;
}

function body(input: OverviewPageInput): SafeHtml {
  const { counts, links, reportDir } = input;
  return html`<div class="space-y-6"><div class="flex items-center gap-2 text-sm text-muted-foreground"><a href="index.html" class="hover:text-foreground">Dashboard</a><span>/</span><span class="text-foreground font-medium">Overview by priority and folder</span></div>
${tiles(counts.total)}
${card('By priority (P-level)', [stackedBars(counts.byPLevel, 'Cases by P-level and status'), countTable('P-level', counts.byPLevel, counts.total)], 'by-p-level')}
${card('By priority', [stackedBars(counts.byPriority, 'Cases by priority and status'), countTable('Priority', counts.byPriority)], 'by-priority')}
${card('Failed and flaky cases', [attentionList(counts.attention, links, reportDir)], 'attention')}
${card(`By folder (${counts.byFolder.length})`, [countTable('Folder', counts.byFolder, counts.total)], 'by-folder')}
<p class="text-xs text-muted-foreground">Automated steps: steps bound to a step definition that is not a pending placeholder. Skipped steps count when bound. Flaky: failed on an attempt, passed on a retry or a later run.</p></div>`;
}

// Static script, no data: applies the saved light/dark choice like the reporter's pages do.
const THEME_SCRIPT = html`<script>document.addEventListener('DOMContentLoaded', () => window.ReportTheme && window.ReportTheme.init());</script>`;

export function overviewPage(input: OverviewPageInput): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${input.pageTitle} — overview by priority and folder</title>
<link rel="icon" href="assets/images/logo.png"><link rel="stylesheet" href="styles.min.css"><link rel="stylesheet" href="assets/css/font-awesome.css">
<script src="scripts/theme.js"></script>${THEME_SCRIPT}</head>
<body class="min-h-screen bg-background text-foreground">${header(input)}<main class="space-y-6 px-6 py-8"><div class="mx-auto max-w-7xl">${body(input)}</div></main></body></html>
`.value;
}
