/**
 * The support records and linkage contracts of a year as grid lists (list-source.ts): with the imported
 * records still waiting for a date, and what the import read in the cells it could not take.
 */
import type { LinkageDto, SupportRecordDto } from '../../../src-main/contract/bcd-dto.ts';
import type { FundingSource, SupportKind } from '../../../src-main/contract/bcd-vocab.ts';
import { client } from '../../api/client.ts';
import { gridServices } from '../../grid/index.ts';
import { num, str, type ListIo } from './list-source.ts';

const TEXT_LABEL: Readonly<Record<string, string>> = {
  organizationId: 'Tổ chức',
  grantedOn: 'Ngày',
  signedOn: 'Ngày ký',
  amount: 'Kinh phí',
  value: 'Giá trị',
  supportKind: 'Nội dung',
  fundingSource: 'Nguồn',
  policy: 'Chính sách',
  partner: 'Doanh nghiệp',
  endsOn: 'Hết hạn',
};

/** What an import read in cells it could not take, for the column beside them. */
function importedAs(texts: Record<string, string>): string | null {
  const parts = Object.entries(texts).map(([field, text]) => `${TEXT_LABEL[field] ?? field}: “${text}”`);
  return parts.length === 0 ? null : parts.join('; ');
}

function seen(org: { id: number; name: string } | null): number | null {
  if (org === null) return null;
  gridServices().orgs.addSeen(org.id, org.name);
  return org.id;
}

export const supportIo = (year: number): ListIo<SupportRecordDto> => ({
  names: true,
  load: () => client.call('support.records', { year, undated: true }),
  cells: (r) => ({
    organizationId: seen(r.organization),
    policy: r.policy,
    decision: r.decision,
    grantedOn: r.grantedOn,
    kind: r.kind,
    amount: r.amount,
    source: r.source,
    note: r.note,
    importedAs: importedAs(r.sourceTexts),
  }),
  save: (id, c) =>
    client.call('support.saveRecord', {
      ...(id === undefined ? {} : { id }),
      organizationId: num(c.organizationId),
      policy: str(c.policy),
      decision: str(c.decision),
      grantedOn: str(c.grantedOn),
      kind: str(c.kind) as SupportKind | null,
      amount: num(c.amount),
      source: str(c.source) as FundingSource | null,
      note: str(c.note),
    }),
  remove: (id) => client.call('support.deleteRecord', { id }),
  restore: (id) => client.call('support.restoreRecord', { id }),
});

export const linkageIo = (year: number): ListIo<LinkageDto> => ({
  names: true,
  load: () => client.call('support.linkages', { year, undated: true }),
  cells: (l) => ({
    organizationId: seen(l.organization),
    partner: l.partner,
    product: l.product,
    value: l.value,
    signedOn: l.signedOn,
    endsOn: l.endsOn,
    note: l.note,
    importedAs: importedAs(l.sourceTexts),
  }),
  save: (id, c) =>
    client.call('support.saveLinkage', {
      ...(id === undefined ? {} : { id }),
      organizationId: num(c.organizationId),
      partner: str(c.partner),
      product: str(c.product),
      value: num(c.value),
      signedOn: str(c.signedOn),
      endsOn: str(c.endsOn),
      note: str(c.note),
    }),
  remove: (id) => client.call('support.deleteLinkage', { id }),
  restore: (id) => client.call('support.restoreLinkage', { id }),
});
