// The report's settings live in the project's package.json, section "casebook" → "report":
//   "casebook": { "report": { "name": "…", "title": "…", "projectName": "…", "sourceBaseUrl": "https://…/blob/main/" } }
// name: the heading of every report page; title: the browser tab title and the line under the heading;
// sourceBaseUrl (optional): link case keys to the markdown on a code host instead of the local file.
import fs from 'node:fs';
import { z } from 'zod';

const reportConfigSchema = z.object({
  name: z.string().min(1).default('casebook'),
  title: z.string().min(1).default('Test report'),
  projectName: z.string().min(1).optional(),
  sourceBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type ReportConfig = z.infer<typeof reportConfigSchema>;

const packageSchema = z.object({
  name: z.string().optional(),
  casebook: z.object({ report: reportConfigSchema.default(reportConfigSchema.parse({})) }).optional(),
});

export function readReportConfig(packageJsonPath: string): ReportConfig {
  const raw = fs.existsSync(packageJsonPath) ? JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')) : {};
  const parsed = packageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${packageJsonPath}: invalid "${issue.path.join('.')}": ${issue.message}. ` +
        'Fix the "casebook.report" section (name, title, projectName, sourceBaseUrl).',
    );
  }
  const report = parsed.data.casebook?.report ?? reportConfigSchema.parse({});
  return { ...report, projectName: report.projectName ?? parsed.data.name };
}
