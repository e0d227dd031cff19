import type { AuditEntryDto, FigureRow } from '../../../src-main/contract/index.ts';
import {
  ENTITY_FIELDS,
  ENTITY_LABEL,
  FIGURE_VALUE_FIELDS,
  ORG_FIELDS,
  importFieldLabel,
  type CellValue,
  type Entity,
} from '../../../src-main/contract/fields.ts';
import { CERT_KIND_LABEL, FIGURE_PERIOD_LABEL, ORG_STATUS_LABEL, ORG_TYPE_LABEL } from '../../../src-main/contract/vocab.ts';
import { useApi } from '../../api/hooks.ts';
import { formatCell, gridServices, type ValueContext } from '../../grid/index.ts';
import { StatusForm } from './StatusForm.tsx';
import { showDate, showDateTime } from '../../lib/format.ts';

const ACTION_LABEL: Record<string, string> = {
  insert: 'Thêm mới',
  import: 'Thêm từ tệp',
  update: 'Sửa',
  delete: 'Xóa',
  restore: 'Khôi phục',
};

const date = showDate;
const when = showDateTime;

function isEntity(e: string): e is Entity {
  return e in ENTITY_FIELDS;
}

/** An audit value (JSON text) as the grids would show it. */
function auditValue(entry: AuditEntryDto, text: string | null, ctx: ValueContext): string {
  if (text === null) return '(trống)';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  const spec = isEntity(entry.entity) && entry.field ? ENTITY_FIELDS[entry.entity].find((f) => f.key === entry.field) : undefined;
  if (!spec) return typeof value === 'object' ? '' : String(value);
  return formatCell(spec, value as CellValue, ctx) || '(trống)';
}

function fieldLabel(entry: AuditEntryDto): string {
  if (!entry.field) return '';
  const spec = isEntity(entry.entity) ? ENTITY_FIELDS[entry.entity].find((f) => f.key === entry.field) : undefined;
  return spec?.label ?? entry.field;
}

function FiguresTable({ figures, ctx }: { figures: FigureRow[]; ctx: ValueContext }) {
  if (figures.length === 0) return <p className="muted">Chưa có số liệu năm nào.</p>;
  const shown = FIGURE_VALUE_FIELDS.filter((f) => ['members', 'workers', 'revenue', 'profit', 'avgIncome'].includes(f.key));
  return (
    <table aria-label="Số liệu theo năm">
      <thead>
        <tr>
          <th>Năm</th>
          {shown.map((f) => (
            <th key={f.key} className="num">
              {f.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id}>
            <td>
              {f.year}
              {f.period !== 'Y' ? ` (${FIGURE_PERIOD_LABEL[f.period]})` : ''}
            </td>
            {shown.map((s) => {
              const written = f.sourceTexts?.[s.key];
              return (
                <td
                  key={s.key}
                  className="num"
                  title={written ? `Trong tệp nhập ghi “${written}”: chưa đọc được, xem mục Cần xem lại` : undefined}
                >
                  {formatCell(s, f[s.key as keyof FigureRow] as CellValue, ctx)}
                  {written && f[s.key as keyof FigureRow] === null ? <span className="muted"> “{written}”</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One organization's whole history: status changes, figures by year, products, certifications, audit. */
export function OrgDetailPanel({ id, onClose }: { id: number; onClose(): void }) {
  const detail = useApi('registry.organizationDetail', { id }, ['registry']);
  const services = gridServices();
  const ctx: ValueContext = { unit: 'trieu', communes: services.communes, orgs: services.orgs };
  const d = detail.data;
  const org = d?.organization;
  const sectorsSpec = ORG_FIELDS.find((f) => f.key === 'sectors');

  return (
    <aside className="kttt-detail" aria-label="Chi tiết tổ chức">
      <div className="kttt-page-head">
        <h2>{org?.name ?? 'Đang tải…'}</h2>
        <button type="button" className="secondary" onClick={onClose} style={{ marginLeft: 'auto' }}>
          Đóng
        </button>
      </div>
      {detail.error && <p className="error-text">{detail.error}</p>}
      {org && d && (
        <>
          <p className="muted">
            {ORG_TYPE_LABEL[org.type]}
            {org.regCode ? ` · Mã số ${org.regCode}` : ''}
            {org.foundedOn ? ` · Thành lập ${date(org.foundedOn)}` : ''}
            <br />
            {ORG_STATUS_LABEL[org.status]}
            {org.statusSince ? ` từ ${date(org.statusSince)}` : ''}
            {org.statusUntil ? ` đến ${date(org.statusUntil)}` : ''}
            {org.communeName ? ` · ${org.communeName}` : ''}
            {org.sectors.length && sectorsSpec ? ` · ${formatCell(sectorsSpec, org.sectors, ctx)}` : ''}
          </p>

          {(Object.keys(d.sourceTexts).length > 0 || d.extraColumns.length > 0) && (
            <>
              <h3>Như đã ghi trong tệp nhập</h3>
              <table aria-label="Như đã ghi trong tệp nhập">
                <tbody>
                  {Object.entries(d.sourceTexts).map(([field, text]) => (
                    <tr key={`f-${field}`}>
                      <th scope="row">{importFieldLabel('organizations', field)}</th>
                      <td>{text}</td>
                    </tr>
                  ))}
                  {d.extraColumns.map(([header, text]) => (
                    <tr key={`c-${header}`}>
                      <th scope="row">{header} (cột không dùng)</th>
                      <td>{text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}

          <h3>Ghi nhận thay đổi tình trạng</h3>
          <StatusForm organizationId={org.id} current={org.status} />

          <h3>Lịch sử tình trạng</h3>
          <table aria-label="Lịch sử tình trạng">
            <thead>
              <tr>
                <th>Tình trạng</th>
                <th>Từ ngày</th>
                <th>Đến ngày</th>
                <th>Ghi chú</th>
              </tr>
            </thead>
            <tbody>
              {d.statusHistory.map((s) => (
                <tr key={s.id}>
                  <td>{ORG_STATUS_LABEL[s.status]}</td>
                  <td>{s.fromDate ? date(s.fromDate) : `Không rõ (có vào ${date(s.knownOn)})`}</td>
                  <td>{date(s.toDate)}</td>
                  <td>{s.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>Số liệu theo năm (tiền: triệu đồng)</h3>
          <FiguresTable figures={d.figures} ctx={ctx} />

          <h3>Sản phẩm OCOP</h3>
          {d.ocop.length === 0 ? (
            <p className="muted">Không có.</p>
          ) : (
            <ul>
              {d.ocop.map((p) => (
                <li key={p.id}>
                  {p.name} — {p.stars} sao{p.decisionNo ? `, QĐ ${p.decisionNo}` : ''}
                  {p.validUntil ? `, hiệu lực đến ${date(p.validUntil)}` : ''}
                </li>
              ))}
            </ul>
          )}

          <h3>Chứng nhận</h3>
          {d.certifications.length === 0 ? (
            <p className="muted">Không có.</p>
          ) : (
            <ul>
              {d.certifications.map((c) => (
                <li key={c.id}>
                  {CERT_KIND_LABEL[c.kind]}
                  {c.product ? ` — ${c.product}` : ''}
                  {c.issuedOn ? `, cấp ${date(c.issuedOn)}` : ''}
                  {c.expiresOn ? `, hết hạn ${date(c.expiresOn)}` : ''}
                </li>
              ))}
            </ul>
          )}

          <h3>Nhật ký thay đổi</h3>
          <table aria-label="Nhật ký thay đổi">
            <thead>
              <tr>
                <th>Lúc</th>
                <th>Người</th>
                <th>Thay đổi</th>
              </tr>
            </thead>
            <tbody>
              {d.audit.slice(0, 200).map((a, i) => (
                <tr key={i}>
                  <td>{when(a.at)}</td>
                  <td>{a.who}</td>
                  <td>
                    {ACTION_LABEL[a.action] ?? a.action}{' '}
                    {isEntity(a.entity) && a.entity !== 'organizations' ? `(${ENTITY_LABEL[a.entity]}) ` : ''}
                    {a.field
                      ? `${fieldLabel(a)}: ${auditValue(a, a.oldValue, ctx)} → ${auditValue(a, a.newValue, ctx)}`
                      : a.action === 'import'
                        ? (a.newValue ?? '')
                        : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </aside>
  );
}
