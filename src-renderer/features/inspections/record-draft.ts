import type { ChecklistTemplateDto, RecordDto } from '../../../src-main/contract/inspection-dto.ts';
import type { CheckResult, ParticipantSide, RecommendationStatus } from '../../../src-main/contract/inspection-vocab.ts';
import type { InputOf } from '../../../src-main/contract/methods.ts';
import { Problems, readDate, readTime, showDate, todayIso } from './form-utils.ts';

/** A biên bản as the form holds it: text as typed, read into the contract's input only when saving. */

export interface ParticipantDraft {
  key: number;
  side: ParticipantSide;
  name: string;
  role: string;
  unit: string;
}

export interface AnswerDraft {
  itemId: number;
  code: string;
  title: string;
  guidance: string | null;
  result: CheckResult | null;
  remark: string;
}

export interface ViolationDraft {
  key: number;
  itemCode: string;
  description: string;
}

export interface RecommendationDraft {
  key: number;
  id?: number;
  content: string;
  responsible: string;
  deadline: string;
  status?: RecommendationStatus;
}

export interface RecordDraft {
  id?: number;
  organizationId: number | null;
  planItemId: number | null;
  templateId: number;
  templateVersion: number;
  number: string;
  inspectedOn: string;
  startTime: string;
  endTime: string;
  place: string;
  legalBasis: string;
  participants: ParticipantDraft[];
  checklist: AnswerDraft[];
  findings: string;
  violations: ViolationDraft[];
  conclusion: string;
  recommendations: RecommendationDraft[];
  copies: string;
}

let next = 1;
const newKey = (): number => next++;

export const newParticipant = (side: ParticipantSide, role = ''): ParticipantDraft => ({ key: newKey(), side, name: '', role, unit: '' });
export const newViolation = (itemCode = '', description = ''): ViolationDraft => ({ key: newKey(), itemCode, description });
export const newRecommendation = (): RecommendationDraft => ({ key: newKey(), content: '', responsible: '', deadline: '' });

export function emptyRecord(
  template: ChecklistTemplateDto,
  organizationId: number | null = null,
  planItemId: number | null = null,
): RecordDraft {
  return {
    organizationId,
    planItemId,
    templateId: template.id,
    templateVersion: template.version,
    number: '',
    inspectedOn: showDate(todayIso()),
    startTime: '',
    endTime: '',
    place: '',
    legalBasis: '',
    participants: [newParticipant('doan', 'Trưởng đoàn'), newParticipant('doan', 'Thư ký'), newParticipant('to_chuc', 'Giám đốc')],
    checklist: template.items.map((i) => ({ itemId: i.id, code: i.code, title: i.title, guidance: i.guidance, result: null, remark: '' })),
    findings: '',
    violations: [],
    conclusion: '',
    recommendations: [],
    copies: '2',
  };
}

export function draftOf(r: RecordDto, template: ChecklistTemplateDto | undefined): RecordDraft {
  const guidance = new Map((template?.items ?? []).map((i) => [i.id, i.guidance]));
  return {
    id: r.id,
    organizationId: r.organization.id,
    planItemId: r.planItemId,
    templateId: r.templateId,
    templateVersion: r.templateVersion,
    number: r.number ?? '',
    inspectedOn: showDate(r.inspectedOn),
    startTime: r.startTime ?? '',
    endTime: r.endTime ?? '',
    place: r.place,
    legalBasis: r.legalBasis ?? '',
    participants: r.participants.map((p) => ({ key: newKey(), side: p.side, name: p.name, role: p.role ?? '', unit: p.unit ?? '' })),
    checklist: r.checklist.map((a) => ({
      itemId: a.itemId,
      code: a.code,
      title: a.title,
      guidance: guidance.get(a.itemId) ?? null,
      result: a.result,
      remark: a.remark ?? '',
    })),
    findings: r.findings ?? '',
    violations: r.violations.map((v) => newViolation(v.itemCode ?? '', v.description)),
    conclusion: r.conclusion ?? '',
    recommendations: r.recommendations.map((c) => ({
      key: newKey(),
      id: c.id,
      content: c.content,
      responsible: c.responsible,
      deadline: showDate(c.deadline),
      status: c.status,
    })),
    copies: r.copies === null ? '' : String(r.copies),
  };
}

/** Reads the form into the contract's input; every problem is kept with the field it belongs to. */
export function readRecord(d: RecordDraft): { input: InputOf<'inspections.saveRecord'> | null; problems: Problems } {
  const p = new Problems();
  if (d.organizationId === null) p.add('organizationId', 'Tổ chức được kiểm tra: chọn một tổ chức trong sổ đăng ký.');
  const inspectedOn = p.take('inspectedOn', readDate(d.inspectedOn, 'Ngày kiểm tra', true), null);
  const startTime = p.take('startTime', readTime(d.startTime, 'Giờ bắt đầu'), null);
  const endTime = p.take('endTime', readTime(d.endTime, 'Giờ kết thúc'), null);
  if (!d.place.trim()) p.add('place', 'Địa điểm: không được để trống.');
  const participants = d.participants.filter((x) => x.name.trim() !== '');
  if (!participants.some((x) => x.side === 'doan')) p.add('participants', 'Cần ghi ít nhất một thành viên đoàn kiểm tra.');
  const copies = d.copies.trim() === '' ? null : Number(d.copies);
  if (copies !== null && (!Number.isInteger(copies) || copies < 1 || copies > 20)) p.add('copies', 'Số bản: từ 1 đến 20.');
  const violations = d.violations.filter((v) => v.description.trim() !== '');
  const recommendations = d.recommendations.map((c, i) => {
    if (!c.content.trim()) p.add(`rec.${i}.content`, `Kiến nghị ${i + 1}: ghi nội dung.`);
    if (!c.responsible.trim()) p.add(`rec.${i}.responsible`, `Kiến nghị ${i + 1}: ghi bên thực hiện.`);
    const deadline = p.take(`rec.${i}.deadline`, readDate(c.deadline, `Kiến nghị ${i + 1}, thời hạn`, true), null);
    if (deadline && inspectedOn && deadline < inspectedOn)
      p.add(`rec.${i}.deadline`, `Kiến nghị ${i + 1}: thời hạn không được trước ngày kiểm tra.`);
    return { ...(c.id ? { id: c.id } : {}), content: c.content.trim(), responsible: c.responsible.trim(), deadline: deadline ?? '' };
  });
  if (p.any || d.organizationId === null || inspectedOn === null) return { input: null, problems: p };
  return {
    problems: p,
    input: {
      ...(d.id ? { id: d.id } : { templateId: d.templateId }),
      organizationId: d.organizationId,
      planItemId: d.planItemId,
      number: d.number.trim() || null,
      inspectedOn,
      startTime,
      endTime,
      place: d.place.trim(),
      legalBasis: d.legalBasis.trim() || null,
      participants: participants.map((x) => ({
        side: x.side,
        name: x.name.trim(),
        role: x.role.trim() || null,
        unit: x.unit.trim() || null,
      })),
      checklist: d.checklist.map((a) => ({ itemId: a.itemId, result: a.result, remark: a.remark.trim() || null })),
      findings: d.findings.trim() || null,
      violations: violations.map((v) => ({ itemCode: v.itemCode || null, description: v.description.trim() })),
      conclusion: d.conclusion.trim() || null,
      recommendations,
      copies,
    },
  };
}
