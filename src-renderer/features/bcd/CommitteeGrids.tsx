import { useMemo } from 'react';
import type { AgencyDto } from '../../../src-main/contract/bcd-dto.ts';
import { BCD_MEETING_KIND_LABEL, MEMBER_ROLE_LABEL } from '../../../src-main/contract/bcd-vocab.ts';
import type { FieldSpec, Option } from '../../../src-main/contract/fields.ts';
import { RegistryGrid, type GridAdapter } from '../../grid/index.ts';
import { AGENCY_IO, MEMBER_IO, meetingIo } from './committee-source.ts';
import { useListSource } from './list-source.ts';

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** AG Grid needs a box of known height, which a tab of several lists does not give. */
const box = (height: number) => ({ display: 'flex', flexDirection: 'column', height }) as const;

function adapterOf(
  entity: GridAdapter['entity'],
  gridId: string,
  specs: readonly FieldSpec[],
  widths: Record<string, number>,
): GridAdapter {
  // The rows come from list-source.ts, never from a registry answer: fromServer has nothing to take.
  return { entity, gridId, fields: specs.map((spec) => ({ colId: spec.key, spec, width: widths[spec.key] })), fromServer: () => null };
}

const AGENCY_ADAPTER = adapterOf(
  'bcd',
  'bcd-agencies',
  [
    { key: 'name', label: 'Tên cơ quan', kind: 'text', required: true, maxLength: 300 },
    { key: 'shortName', label: 'Tên viết tắt', kind: 'text', maxLength: 50 },
    { key: 'memberCount', label: 'Thành viên', kind: 'int', readOnly: true },
    { key: 'taskCount', label: 'Nhiệm vụ chủ trì, phối hợp', kind: 'int', readOnly: true },
  ],
  { name: 360, shortName: 140, memberCount: 110, taskCount: 200 },
);

/** The member agencies: renamed in place; one that leads or shares tasks, or still has members, is not deleted. */
export function AgenciesGrid() {
  const source = useListSource(AGENCY_IO);
  return (
    <section style={box(360)} aria-label="Cơ quan thành viên">
      <RegistryGrid
        adapter={AGENCY_ADAPTER}
        label="Cơ quan thành viên"
        rows={source.rows}
        loadError={source.error}
        onApply={source.apply}
      />
    </section>
  );
}

function memberAdapter(agencies: readonly AgencyDto[]): GridAdapter {
  return adapterOf(
    'bcd',
    'bcd-members',
    [
      { key: 'person', label: 'Họ tên', kind: 'text', required: true, maxLength: 200 },
      { key: 'position', label: 'Chức vụ tại cơ quan', kind: 'text', maxLength: 200 },
      {
        key: 'agencyId',
        label: 'Cơ quan',
        kind: 'enum',
        required: true,
        options: agencies.map((a) => ({ value: String(a.id), label: a.name })),
      },
      { key: 'role', label: 'Vai trò trong BCĐ', kind: 'enum', required: true, options: options(MEMBER_ROLE_LABEL) },
      { key: 'decision', label: 'Quyết định thành lập, kiện toàn', kind: 'text', maxLength: 200 },
      { key: 'fromDate', label: 'Từ ngày', kind: 'date' },
      { key: 'toDate', label: 'Đến ngày', kind: 'date' },
    ],
    { person: 200, position: 200, agencyId: 260, role: 220, decision: 220 },
  );
}

export function MembersGrid({ agencies }: { agencies: readonly AgencyDto[] }) {
  const source = useListSource(MEMBER_IO);
  const adapter = useMemo(() => memberAdapter(agencies), [agencies]);
  return (
    <section style={box(400)} aria-label="Thành viên Ban Chỉ đạo">
      <RegistryGrid adapter={adapter} label="Thành viên Ban Chỉ đạo" rows={source.rows} loadError={source.error} onApply={source.apply} />
    </section>
  );
}

const MEETING_ADAPTER = adapterOf(
  'bcd',
  'bcd-meetings',
  [
    { key: 'heldOn', label: 'Ngày họp', kind: 'date', required: true },
    { key: 'kind', label: 'Loại cuộc họp', kind: 'enum', required: true, options: options(BCD_MEETING_KIND_LABEL) },
    { key: 'attendees', label: 'Thành phần dự', kind: 'text', maxLength: 5000 },
    { key: 'conclusions', label: 'Kết luận', kind: 'text', maxLength: 20000 },
    { key: 'noticeNumber', label: 'Số thông báo kết luận', kind: 'text', maxLength: 100 },
    { key: 'noticeDate', label: 'Ngày thông báo', kind: 'date' },
  ],
  { kind: 200, attendees: 240, conclusions: 360, noticeNumber: 170 },
);

export function MeetingsGrid({ year }: { year: number }) {
  const source = useListSource(useMemo(() => meetingIo(year), [year]));
  return (
    <section style={box(400)} aria-label={`Cuộc họp Ban Chỉ đạo năm ${year}`}>
      <RegistryGrid
        adapter={MEETING_ADAPTER}
        label="Cuộc họp Ban Chỉ đạo"
        rows={source.rows}
        loadError={source.error}
        onApply={source.apply}
      />
    </section>
  );
}
