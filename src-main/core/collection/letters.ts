import { AppError } from '../../contract/index.ts';
import type { Settings } from '../../contract/dto.ts';
import type { CollectionPeriod, ReceiptRow } from '../../contract/collection.ts';
import type { ReportFile, ReportFormatDto } from '../../contract/reports.ts';
import { ORG_TYPE_LABEL, type OrgType } from '../../contract/vocab.ts';
import { formatVnDate } from '../../shared/index.ts';
import type { CoreContext } from '../context.ts';
import { communeName } from '../inspections/common.ts';
import { table, TT, tt } from '../inspections/documents/common.ts';
import { documentHeader, recipientLines, signatureBlock, type ReportSettings } from '../reports/frame.ts';
import { paragraph, type Block, type DocumentModel } from '../reports/model.ts';
import { jsonFile, reportFile } from '../reports/service.ts';
import { localIsoDate } from '../registry/values.ts';
import { getSettings } from '../settings/service.ts';
import { periodText } from './layout.ts';
import { receiptRegister } from './register.ts';
import { slug } from './templates.ts';

export type LetterKind = 'request' | 'reminder';

interface LetterData {
  kind: LetterKind;
  year: number;
  period: CollectionPeriod;
  commune: string;
  deadline: string | null;
  today: string;
  expected: number;
  missing: ReceiptRow[];
}

function letterSettings(kind: LetterKind, date: string, commune: string): ReportSettings {
  return {
    number: null,
    symbol: 'LMHTX',
    date,
    recipients: [
      `UBND ${commune}`,
      kind === 'reminder' ? 'Các tổ chức chưa báo cáo (qua UBND xã)' : 'Các tổ chức KTTT trên địa bàn (qua UBND xã)',
    ],
    archiveUnits: 'VP',
  };
}

function body(d: LetterData, settings: Settings): Block[] {
  const when = periodText(d.year, d.period);
  const by = d.deadline ? ` trước ngày ${formatVnDate(d.deadline)}` : '';
  const office = settings.officeName || 'Liên minh Hợp tác xã tỉnh';
  const blocks: Block[] = [paragraph(`Kính gửi: Ủy ban nhân dân ${d.commune}.`, { align: 'center', indent: false })];
  if (d.kind === 'request') {
    blocks.push(
      paragraph(
        `Để tổng hợp tình hình phát triển kinh tế tập thể ${when}, ${office} đề nghị Ủy ban nhân dân ${d.commune} chỉ đạo, hướng dẫn ${d.expected} tổ chức kinh tế tập thể trên địa bàn báo cáo số liệu (thành viên, lao động, doanh thu, lợi nhuận, thu nhập, vốn, nộp ngân sách) theo mẫu biểu gửi kèm.`,
      ),
      paragraph(
        `Mẫu biểu là tệp Excel đã ghi sẵn danh sách tổ chức và số liệu cùng kỳ năm trước; đề nghị điền vào các ô nền vàng, không sửa các ô khác, và gửi lại tệp cho ${office}${by}.`,
      ),
      paragraph('Trân trọng đề nghị Ủy ban nhân dân xã quan tâm, phối hợp thực hiện./.'),
    );
    return blocks;
  }
  blocks.push(
    paragraph(
      `Thực hiện việc tổng hợp số liệu kinh tế tập thể ${when}, đến ngày ${formatVnDate(d.today)} ${office} chưa nhận được báo cáo của ${d.missing.length}/${d.expected} tổ chức kinh tế tập thể trên địa bàn ${d.commune} (danh sách dưới đây).`,
    ),
    paragraph(`Đề nghị Ủy ban nhân dân ${d.commune} đôn đốc các tổ chức trên hoàn thành và gửi báo cáo${by}.`),
    table(
      'Chua bao cao',
      `Danh sách tổ chức chưa báo cáo số liệu ${when}`,
      [TT, { header: 'Tên tổ chức', format: 'text', width: 60 }, { header: 'Loại hình', format: 'text', width: 25 }],
      d.missing.map((r, i) => [tt(i), r.name, ORG_TYPE_LABEL[r.type as OrgType] ?? r.type]),
      { blank: '' },
    ),
    paragraph('Trân trọng./.'),
  );
  return blocks;
}

export function buildLetter(d: LetterData, settings: Settings, report: ReportSettings): DocumentModel {
  const header = documentHeader(settings, report, d.year);
  const when = periodText(d.year, d.period);
  const summary =
    d.kind === 'request' ? `V/v đề nghị báo cáo số liệu kinh tế tập thể ${when}` : `V/v đôn đốc báo cáo số liệu kinh tế tập thể ${when}`;
  return {
    metaTitle: summary,
    author: header.issuingBody || settings.officeName,
    header,
    title: { docType: '', summary: [summary] },
    body: body(d, settings),
    recipients: recipientLines(report),
    signature: signatureBlock(settings, report),
    appendices: [],
  };
}

/** The công văn đề nghị báo cáo, or đôn đốc listing who has not reported, to one commune. */
export async function collectionLetter(
  ctx: CoreContext,
  input: {
    kind: LetterKind;
    year: number;
    period: CollectionPeriod;
    communeCode: string;
    deadline?: string | undefined;
    format: ReportFormatDto;
  },
): Promise<ReportFile & { bytes?: Uint8Array }> {
  const commune = communeName(ctx, input.communeCode);
  if (!commune) throw new AppError('NOT_FOUND', 'Không tìm thấy xã, phường.');
  const register = await receiptRegister(ctx, { year: input.year, period: input.period, communeCode: input.communeCode });
  const data: LetterData = {
    kind: input.kind,
    year: input.year,
    period: input.period,
    commune,
    deadline: input.deadline ?? null,
    today: localIsoDate(ctx.now()),
    expected: register.expected,
    missing: register.rows.filter((r) => !r.received),
  };
  const base = `${input.kind === 'request' ? 'cong-van-de-nghi-bao-cao' : 'cong-van-don-doc'}-${input.year}-${input.period}-${input.communeCode}-${slug(commune)}`;
  if (input.format === 'json') return jsonFile(base, data);
  const settings = await getSettings(ctx);
  const model = buildLetter(data, settings, letterSettings(input.kind, data.today, commune));
  return reportFile(ctx, { model, json: data }, input.format, base);
}
