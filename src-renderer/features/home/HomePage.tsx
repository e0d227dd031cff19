import { useEffect, useState } from 'react';
import type { HomeAlert, HomeTrendPoint } from '../../../src-main/contract/home.ts';
import type { Indicators } from '../../../src-main/contract/indicators.ts';
import { client } from '../../api/client.ts';
import { ORG_TYPE_LABEL, ORG_TYPES } from '../../../src-main/contract/vocab.ts';
import { formatMoneyScale, formatNumber } from '../../../src-main/shared/index.ts';
import { formatVnDateTime } from '../../../src-main/shared/vn-date-format.ts';
import { useApi } from '../../api/hooks.ts';
import { Checklist } from './Checklist.tsx';
import { Headline } from './Headline.tsx';
import { TrendChart } from './TrendChart.tsx';
import './home.css';

const TYPE_COLOR = { HTX: '#1f6feb', LHHTX: '#8250df', QTDND: '#1a7f37', THT: '#bf8700' } as const;

function alertHref(a: HomeAlert): string {
  return `#/${a.target.section}${a.target.path ? `/${a.target.path}` : ''}`;
}

/** Counts of what needs the clerk, each a link to its list; computed after the figures, never holding them up. */
function Alerts() {
  const alerts = useApi('home.alerts', {}, ['registry', 'inspections', 'imports', 'database']);
  const shown = (alerts.data ?? []).filter((a) => a.count > 0);
  return (
    <section className="panel" aria-labelledby="home-alerts-title">
      <h2 id="home-alerts-title">Cần chú ý</h2>
      {alerts.error && <p className="error-text">{alerts.error}</p>}
      {!alerts.data && !alerts.error && <p className="muted">Đang tính…</p>}
      {alerts.data && shown.length === 0 && <p className="ok-text">Không có việc quá hạn hay sắp đến hạn.</p>}
      <ul className="home-alerts">
        {shown.map((a) => (
          <li key={a.key} className={`home-alert is-${a.severity}`} data-alert={a.key}>
            <a href={alertHref(a)}>
              <strong className="home-alert-count">{formatNumber(a.count)}</strong> {a.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Trend({ year }: { year: number }) {
  const trend = useApi('home.trend', { year, span: 5 }, ['registry']);
  const points: HomeTrendPoint[] = trend.data ?? [];
  const years = points.map((p) => p.year);
  return (
    <section className="panel" aria-labelledby="home-trend-title">
      <h2 id="home-trend-title">Năm năm gần đây</h2>
      {trend.error && <p className="error-text">{trend.error}</p>}
      {!trend.data && !trend.error && <p className="muted">Đang vẽ…</p>}
      {trend.data && (
        <div className="home-charts">
          <TrendChart
            title="Tổ chức đang hoạt động theo loại hình"
            years={years}
            series={ORG_TYPES.map((t) => ({ label: ORG_TYPE_LABEL[t], color: TYPE_COLOR[t], values: points.map((p) => p.active[t]) }))}
          />
          <TrendChart
            title="Thành viên và lao động"
            years={years}
            series={[
              { label: 'Thành viên', color: '#1f6feb', values: points.map((p) => p.members) },
              { label: 'Lao động', color: '#bf8700', values: points.map((p) => p.workers) },
            ]}
          />
          <TrendChart
            title="Doanh thu bình quân một HTX"
            years={years}
            series={[{ label: 'Doanh thu bình quân/HTX', color: '#1a7f37', values: points.map((p) => p.avgRevenuePerHtx) }]}
            format={(v) => formatMoneyScale(v)}
          />
        </div>
      )}
    </section>
  );
}

const BACKUP_CAUSE: Record<string, string> = {
  manual: 'thủ công',
  auto: 'hằng ngày',
  'pre-migration': 'trước khi nâng cấp',
  'pre-restore': 'trước khi khôi phục',
};

function RecentWork() {
  const imports = useApi('imports.history', {}, ['imports']);
  const backups = useApi('db.listBackups', {}, ['database']);
  const recent = (imports.data ?? []).slice(0, 5);
  const last = backups.data?.[0];
  return (
    <section className="panel" aria-labelledby="home-recent-title">
      <h2 id="home-recent-title">Nhập dữ liệu và sao lưu</h2>
      {imports.data && recent.length === 0 && (
        <p className="muted">
          Chưa nhập tệp nào. <a href="#/nhap">Nhập bảng tính cũ</a>
        </p>
      )}
      {recent.length > 0 && (
        <table className="table compact" aria-label="Các lần nhập gần đây">
          <tbody>
            {recent.map((b) => (
              <tr key={b.id}>
                <td>{b.fileName}</td>
                <td>{formatVnDateTime(b.committedAt)}</td>
                <td>
                  {b.status === 'undone'
                    ? 'đã hoàn tác'
                    : `thêm mới ${formatNumber(b.counts.new)}, cập nhật ${formatNumber(b.counts.update)}`}
                </td>
                <td>
                  {b.reviewOpen > 0 ? <a href={`#/xem-lai/lan-nhap/${String(b.id)}`}>{formatNumber(b.reviewOpen)} ô cần xem lại</a> : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p data-testid="home-last-backup">
        {backups.data === undefined
          ? ''
          : last
            ? `Sao lưu gần nhất: ${formatVnDateTime(last.createdAt)} (${BACKUP_CAUSE[last.kind] ?? 'sao lưu'}).`
            : 'Chưa có bản sao lưu nào.'}{' '}
        <a href="#/cai-dat">Sao lưu & khôi phục</a>
      </p>
    </section>
  );
}

/** The latest year's figures at once; the year before joins them when it has figures of its own. */
function HeadlineWithPrevious({ current, hasPrevious }: { current: Indicators; hasPrevious: boolean }) {
  const [previous, setPrevious] = useState<Indicators | null>(null);
  useEffect(() => {
    let live = true;
    setPrevious(null);
    if (hasPrevious)
      void client.call('reports.indicators', { year: current.year - 1 }).then((r) => {
        if (live && r.ok) setPrevious(r.value);
      });
    return () => {
      live = false;
    };
  }, [current, hasPrevious]);
  return <Headline current={current} previous={previous ?? (hasPrevious ? 'loading' : null)} />;
}

/** Tổng quan: the first page on start. The latest year's figures first, then alerts, trend and recent work. */
export function HomePage() {
  const overview = useApi('home.overview', {}, ['registry', 'settings', 'imports', 'database']);
  const o = overview.data;
  const allDone = o ? Object.values(o.checklist).every(Boolean) : true;
  return (
    <div className="page-stack home">
      <section className="panel">
        <h1>Tổng quan{o?.year ? ` — số liệu năm ${String(o.year)}` : ''}</h1>
        {overview.error && <p className="error-text">{overview.error}</p>}
        {!o && !overview.error && <p className="muted">Đang tải…</p>}
        {o && o.current && <HeadlineWithPrevious current={o.current} hasPrevious={o.years.includes(o.current.year - 1)} />}
        {o && !o.current && (
          <p className="muted">
            Chưa có số liệu năm nào.{' '}
            {o.organizations > 0 ? (
              <>
                Đã có {formatNumber(o.organizations)} tổ chức trong sổ; <a href="#/so-lieu">nhập số liệu hằng năm</a>.
              </>
            ) : (
              <>Hãy làm theo các bước dưới đây.</>
            )}
          </p>
        )}
      </section>
      {o && !allDone && <Checklist done={o.checklist} />}
      <Alerts />
      {o?.year ? <Trend year={o.year} /> : null}
      <RecentWork />
    </div>
  );
}
