/** The member agencies, the members and the meetings of the BCĐ as grid lists (list-source.ts). */
import type { AgencyDto, BcdMeetingDto, MemberDto } from '../../../src-main/contract/bcd-dto.ts';
import type { BcdMeetingKind, MemberRole } from '../../../src-main/contract/bcd-vocab.ts';
import { client } from '../../api/client.ts';
import { str, type ListIo } from './list-source.ts';

export const AGENCY_IO: ListIo<AgencyDto> = {
  load: () => client.call('bcd.agencies', {}),
  cells: (a) => ({ name: a.name, shortName: a.shortName, memberCount: a.memberCount, taskCount: a.taskCount }),
  save: (id, c) =>
    client.call('bcd.saveAgency', { ...(id === undefined ? {} : { id }), name: str(c.name) ?? '', shortName: str(c.shortName) }),
  remove: (id) => client.call('bcd.deleteAgency', { id }),
  restore: (id) => client.call('bcd.restore', { what: 'agency', id }),
};

export const MEMBER_IO: ListIo<MemberDto> = {
  load: () => client.call('bcd.members', {}),
  cells: (m) => ({
    person: m.person,
    position: m.position,
    agencyId: String(m.agencyId),
    role: m.role,
    decision: m.decision,
    fromDate: m.fromDate,
    toDate: m.toDate,
  }),
  save: (id, c) =>
    client.call('bcd.saveMember', {
      ...(id === undefined ? {} : { id }),
      agencyId: Number(str(c.agencyId) ?? 0),
      person: str(c.person) ?? '',
      position: str(c.position),
      role: (str(c.role) ?? 'uy_vien') as MemberRole,
      decision: str(c.decision),
      fromDate: str(c.fromDate),
      toDate: str(c.toDate),
    }),
  remove: (id) => client.call('bcd.deleteMember', { id }),
  restore: (id) => client.call('bcd.restore', { what: 'member', id }),
};

export const meetingIo = (year: number): ListIo<BcdMeetingDto> => ({
  load: () => client.call('bcd.meetings', { year }),
  cells: (m) => ({
    heldOn: m.heldOn,
    kind: m.kind,
    attendees: m.attendees,
    conclusions: m.conclusions,
    noticeNumber: m.noticeNumber,
    noticeDate: m.noticeDate,
  }),
  save: (id, c) =>
    client.call('bcd.saveMeeting', {
      ...(id === undefined ? {} : { id }),
      heldOn: str(c.heldOn) ?? '',
      kind: (str(c.kind) ?? 'dinh_ky_6_thang') as BcdMeetingKind,
      attendees: str(c.attendees),
      conclusions: str(c.conclusions),
      noticeNumber: str(c.noticeNumber),
      noticeDate: str(c.noticeDate),
    }),
  remove: (id) => client.call('bcd.deleteMeeting', { id }),
  restore: (id) => client.call('bcd.restore', { what: 'meeting', id }),
});
