/**
 * The "truth" a legacy workbook is written from: one province's registry as the clerk knows it on the list
 * date 31/12/N. Everything here is plain data in canonical Unicode (NFC); the writer decides how it is
 * disguised on paper (encodings, units, date styles…), the oracle computes the report from it.
 */
import type { OrgStatus, OrgType } from '../../../src-main/contract/vocab.ts';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A date as the workbook knows it: a full day, only a year, or nothing at all. */
export type KnownDate = { kind: 'date'; date: Ymd } | { kind: 'year'; y: number } | { kind: 'unknown' };

/**
 * One yearly figure as the clerk wrote it: a value, a blank, or a cell nobody can read ("khoảng 20", "#REF!",
 * "N/A"). Only `value` counts anywhere.
 */
export type Figure = { kind: 'value'; value: number } | { kind: 'blank' } | { kind: 'unreadable'; text: UnreadableText };
export type UnreadableText = 'about' | 'ref-error' | 'na' | 'range' | 'question';

export const FIGURE_KEYS = ['members', 'workers', 'regularWorkers', 'revenue', 'profit', 'avgIncome'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
/** Money figures are in đồng; members and workers are people. */
export type Figures = Record<FigureKey, Figure>;

export interface Place {
  /** 5-digit commune code of the pre-2025 list. */
  communeCode: string;
  /** "Tân Lập" */
  communeName: string;
  /** "Xã" | "Phường" | "Thị trấn" */
  communeKind: string;
  districtName: string;
  /** "Huyện" | "Thành phố" */
  districtKind: string;
  provinceName: string;
  /** A hamlet (thôn, xóm, bản, tổ) or null. */
  village: string | null;
}

/** How the same organization appears a second time: not at all, a copied row, or a copied row marked "Trùng". */
export type Duplicate = 'none' | 'copy' | 'marked';

export interface TruthOrg {
  /** Stable index in the registry. */
  key: number;
  type: OrgType;
  /** Canonical name, e.g. "HTX Nông nghiệp Tân Lập". */
  name: string;
  /** Digits; null for THT (never registered) and for some others. */
  regCode: string | null;
  founded: KnownDate;
  place: Place;
  /** Free-text sector items (sub-sectors, activities, products). */
  sectors: string[];
  /** Status on the list date. */
  status: OrgStatus;
  /** The date the status began, when the workbook writes it (terminal statuses, some suspensions). */
  statusSince: KnownDate;
  figures: Figures;
  /** Free-text items of the certificate column, including non-certificates ("Đang xây dựng VietGAP"). */
  certificates: string[];
  duplicate: Duplicate;
  /** Director or group leader, written in an extra column. */
  leader: string;
  /** Charter capital in đồng (extra column "Vốn điều lệ"), or null. */
  charterCapital: number | null;
}

export type OcopOwner = { kind: 'org'; key: number } | { kind: 'external'; name: string };

export interface TruthOcop {
  product: string;
  owner: OcopOwner;
  stars: 3 | 4 | 5;
  /** The recognition decision's date: a day or only a year. */
  decided: { kind: 'date'; date: Ymd } | { kind: 'year'; y: number };
  decisionNo: string;
}

export interface Truth {
  /** Report year N; the list date is 31/12/N. */
  year: number;
  provinceName: string;
  orgs: TruthOrg[];
  ocop: TruthOcop[];
}
