/**
 * Parts III (limitations, the clerk's text) and IV (next year's targets, tasks and solutions) of the conference
 * report, and the annex table of tasks by agency with result and status. Pure.
 */
import type { TaskDto } from '../../../contract/bcd-dto.ts';
import { TARGET_INDICATORS, TASK_STATE_LABEL } from '../../../contract/bcd-vocab.ts';
import { formatVnDate } from '../../../shared/index.ts';
import { heading, paragraph, type Block, type TableBlock, type TableRow } from '../../reports/model.ts';
import type { BcdReportData } from './data.ts';
import { targetText } from './targets-section.ts';
import { planName } from './work-section.ts';

/** The clerk's text as paragraphs: one per line, blank lines dropped; a line starting "-" stays a list item. */
export function narrativeParagraphs(text: string, missing: string): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [paragraph(missing, { indent: true })];
  return lines.map((l) => paragraph(l));
}

export function limitationsBlocks(d: BcdReportData): Block[] {
  return narrativeParagraphs(
    d.narrative.limitations,
    `(Văn phòng Ban Chỉ đạo chưa nhập nội dung hạn chế, nguyên nhân năm ${String(d.year)}.)`,
  );
}

function taskLine(t: TaskDto): string {
  const partners = t.partners.length > 0 ? `; phối hợp: ${t.partners.map((p) => p.name).join(', ')}` : '';
  const deadline = t.deadline ? `; thời hạn: ${formatVnDate(t.deadline)}` : '';
  return `- ${t.title.replace(/\.$/, '')} (chủ trì: ${t.leadAgency}${partners}${deadline}).`;
}

export function nextYearBlocks(d: BcdReportData): Block[] {
  const next = d.year + 1;
  const blocks: Block[] = [];
  const targets = TARGET_INDICATORS.flatMap((def) => {
    const t = d.targets.find((x) => x.year === next && x.indicator === def.key);
    return t ? [{ def, t }] : [];
  });
  blocks.push(heading(2, `Các chỉ tiêu chủ yếu năm ${String(next)}`));
  if (targets.length === 0) blocks.push(paragraph(`Chỉ tiêu kế hoạch năm ${String(next)} chưa được nhập.`));
  for (const { def, t } of targets)
    blocks.push(paragraph(`- ${def.label}: ${targetText(def, t.value)}${t.document ? ` (${t.document})` : ''}.`));

  blocks.push(heading(2, `Nhiệm vụ trọng tâm năm ${String(next)}`));
  if (d.nextPlan) {
    blocks.push(paragraph(`Theo ${planName(d.nextPlan)} (${d.nextPlan.title}), các nhiệm vụ trọng tâm gồm:`));
    for (const t of d.nextTasks) blocks.push(paragraph(taskLine(t)));
  } else {
    const open = d.tasks.filter((t) => t.state !== 'hoan_thanh');
    blocks.push(
      paragraph(
        open.length > 0
          ? `Kế hoạch năm ${String(next)} chưa được ban hành; tiếp tục thực hiện ${String(open.length)} nhiệm vụ năm ${String(d.year)} chưa hoàn thành:`
          : `Kế hoạch năm ${String(next)} chưa được ban hành.`,
      ),
    );
    for (const t of open) blocks.push(paragraph(taskLine(t)));
  }
  blocks.push(heading(2, 'Giải pháp'));
  blocks.push(...narrativeParagraphs(d.narrative.solutions, `(Văn phòng Ban Chỉ đạo chưa nhập nội dung giải pháp năm ${String(next)}.)`));
  return blocks;
}

/** The result shown for a task: its result when done, else the latest progress report, with its percentage. */
export function taskResult(t: TaskDto): string {
  if (t.result) return t.result;
  const last = t.progress.at(-1);
  if (!last) return '';
  const pct = last.percent === null ? '' : ` (${String(last.percent)}%)`;
  return `${formatVnDate(last.reportedOn)}: ${last.content}${pct}`;
}

export function taskStateText(t: TaskDto): string {
  if (t.state === 'hoan_thanh' && t.completedOn)
    return `${TASK_STATE_LABEL.hoan_thanh} ${formatVnDate(t.completedOn)}${t.onTime === false ? ' (chậm)' : ''}`;
  return TASK_STATE_LABEL[t.state];
}

/** Tasks grouped by lead agency (agencies in Vietnamese order), with partners, deadline, result and status. */
export function tasksByAgencyTable(tasks: TaskDto[], caption: string): TableBlock {
  const rows: TableRow[] = [];
  let i = 0;
  const groups = [...Map.groupBy(tasks, (t) => t.leadAgency).entries()].sort(([a], [b]) => a.localeCompare(b, 'vi'));
  for (const [agency, list] of groups) {
    rows.push({ kind: 'group', label: agency });
    for (const t of list)
      rows.push({
        kind: 'data',
        cells: [
          String(++i),
          t.title,
          t.partners.map((p) => p.name).join(', '),
          t.deadline ? formatVnDate(t.deadline) : '',
          t.expectedOutput ?? '',
          taskResult(t),
          taskStateText(t),
        ],
      });
  }
  return {
    kind: 'table',
    sheetName: 'Nhiệm vụ BCĐ',
    caption,
    columns: [
      // Widths that keep a dd/mm/yyyy date on one line in the 11 pt of a compact table.
      { header: 'TT', format: 'text', width: 6, align: 'center' },
      { header: 'Nhiệm vụ', format: 'text', width: 25 },
      { header: 'Cơ quan phối hợp', format: 'text', width: 14 },
      { header: 'Thời hạn', format: 'text', width: 13, align: 'center' },
      { header: 'Sản phẩm dự kiến', format: 'text', width: 11 },
      { header: 'Kết quả thực hiện', format: 'text', width: 22 },
      { header: 'Tình trạng', format: 'text', width: 15 },
    ],
    rows,
    compact: true,
  };
}
