import { useEffect, useState } from 'react';
import { client } from '../../api/client.ts';
import { useApi } from '../../api/hooks.ts';
import { orgChoices, OrgsProvider } from '../inspections/components.tsx';
import { readDate, showDate, todayIso } from '../inspections/form-utils.ts';
import { FundDocumentActions } from './common.tsx';
import { FundForm, num } from './FundForm.tsx';
import { ListsTab } from './ListsTab.tsx';
import { LoansTab } from './LoansTab.tsx';
import { LoanView } from './LoanView.tsx';
// The forms' and grids' look (.insp-field, .insp-grid) lives there; pages load lazily, so each brings its own.
import '../inspections/inspections.css';
import './fund.css';

const TABS = [
  { id: 'khoan-vay', label: 'Khoản vay' },
  { id: 'qua-han', label: 'Nợ quá hạn' },
  { id: 'den-han', label: 'Đến hạn 30 ngày' },
  { id: 'bao-cao', label: 'Báo cáo' },
  { id: 'quy-dinh', label: 'Quy định của Quỹ' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** "#/quy-htpt/qua-han" opens a tab; "#/quy-htpt/khoan-vay/12" opens loan 12 (the home page's alerts link here). */
function fromHash(): { tab: TabId; loanId: number | null } {
  const [, tab, id] = window.location.hash.replace(/^#\/?/, '').split('/');
  const found = TABS.find((t) => t.id === tab)?.id ?? 'khoan-vay';
  const loanId = found === 'khoan-vay' && id && /^\d+$/.test(id) ? Number(id) : null;
  return { tab: found, loanId };
}

function ReportTab() {
  const year = new Date().getFullYear();
  const [fromText, setFrom] = useState(showDate(`${String(year)}-01-01`));
  const [toText, setTo] = useState(showDate(todayIso()));
  const from = readDate(fromText, 'Từ ngày', true);
  const to = readDate(toText, 'Đến ngày', true);
  const ok = from.ok && to.ok && from.value && to.value;
  return (
    <div>
      <div className="toolbar">
        <label className="kttt-inline">
          Từ ngày
          <input aria-label="Từ ngày" value={fromText} aria-invalid={!from.ok} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="kttt-inline">
          Đến ngày
          <input aria-label="Đến ngày" value={toText} aria-invalid={!to.ok} onChange={(e) => setTo(e.target.value)} />
        </label>
        {!from.ok && <span className="error-text">{from.reason}</span>}
        {!to.ok && <span className="error-text">{to.reason}</span>}
      </div>
      <p className="muted">
        Dư nợ, nợ quá hạn và phân loại nợ tính đến ngày cuối kỳ; số, ngày và nơi nhận của báo cáo đặt ở trang Báo cáo.
      </p>
      {ok && (
        <FundDocumentActions
          request={{ kind: 'report', from: from.value ?? '', to: to.value ?? '', asOf: to.value ?? '' }}
          label="báo cáo Quỹ"
        />
      )}
    </div>
  );
}

function RulesTab() {
  const rules = useApi('fund.rules', {}, ['settings']);
  if (!rules.data) return <p className="muted">{rules.error ?? 'Đang tải…'}</p>;
  const [g2, g3, g4, g5] = rules.data.groupThresholds;
  return (
    <FundForm
      key={JSON.stringify(rules.data)}
      label="Quy định của Quỹ"
      fields={[
        {
          name: 'own',
          label: 'Vốn tự có tối thiểu (% tổng vốn đầu tư)',
          kind: 'percent',
          required: true,
          initial: String(rules.data.ownCapitalMinPercent).replace('.', ','),
        },
        { name: 'g2', label: 'Nhóm 2 từ (ngày quá hạn)', kind: 'int', required: true, initial: String(g2) },
        { name: 'g3', label: 'Nhóm 3 từ (ngày quá hạn)', kind: 'int', required: true, initial: String(g3) },
        { name: 'g4', label: 'Nhóm 4 từ (ngày quá hạn)', kind: 'int', required: true, initial: String(g4) },
        { name: 'g5', label: 'Nhóm 5 từ (ngày quá hạn)', kind: 'int', required: true, initial: String(g5) },
      ]}
      submitLabel="Lưu quy định"
      onSubmit={(v) =>
        client.call('fund.saveRules', { ownCapitalMinPercent: num(v.own), groupThresholds: [num(v.g2), num(v.g3), num(v.g4), num(v.g5)] })
      }
    />
  );
}

/** Quỹ hỗ trợ phát triển HTX: the loan book from application to settlement, its lists, report and rules. */
export function FundPage() {
  const [state, setState] = useState(fromHash);
  const orgs = useApi('registry.organizationNames', {}, ['registry']);
  useEffect(() => {
    const onHash = () => setState(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (tab: TabId, loanId: number | null = null) => {
    window.location.hash = `#/quy-htpt/${tab}${loanId === null ? '' : `/${String(loanId)}`}`;
    setState({ tab, loanId });
  };
  const open = (loanId: number) => go('khoan-vay', loanId);
  return (
    <section className="panel insp-page">
      <h1>Quỹ hỗ trợ phát triển HTX</h1>
      <div className="insp-tabs" role="tablist" aria-label="Quỹ hỗ trợ phát triển HTX">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === state.tab}
            className={t.id === state.tab ? 'active' : ''}
            onClick={() => go(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="insp-panel">
        <OrgsProvider value={orgChoices(orgs.data ?? [])}>
          {state.tab === 'khoan-vay' &&
            (state.loanId === null ? <LoansTab onOpen={open} /> : <LoanView id={state.loanId} onClose={() => go('khoan-vay')} />)}
          {state.tab === 'qua-han' && <ListsTab kind="overdue" onOpen={open} />}
          {state.tab === 'den-han' && <ListsTab kind="due" onOpen={open} />}
          {state.tab === 'bao-cao' && <ReportTab />}
          {state.tab === 'quy-dinh' && <RulesTab />}
        </OrgsProvider>
      </div>
    </section>
  );
}
