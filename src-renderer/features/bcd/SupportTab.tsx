import { useState } from 'react';
import { ActivitiesSection } from './ActivitiesSection.tsx';
import { thisYear } from './common.ts';
import { LinkagesGrid, SupportGrid } from './SupportGrids.tsx';
import { YearInput } from './YearInput.tsx';

/** Chính sách hỗ trợ: support given to organizations, activities with participants, linkage contracts. */
export function SupportTab() {
  const [year, setYear] = useState(thisYear());
  return (
    <div className="page-stack">
      <div className="toolbar">
        <YearInput value={year} onChange={setYear} />
        <a href="#/nhap">Nhập danh sách hỗ trợ, học viên, hợp đồng liên kết từ Excel…</a>
      </div>
      <SupportGrid year={year} />
      <ActivitiesSection year={year} />
      <LinkagesGrid year={year} />
    </div>
  );
}
