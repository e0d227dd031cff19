/**
 * Certificates named in a free-text cell of an organization list ("VietGAP (lúa), ATTP"). Planned, in
 * progress and absent mentions are not certificates.
 */
import type { CertKind } from '../../../contract/vocab.ts';
import { foldVietnamese } from '../../../shared/index.ts';
import { matchCertKind } from './vocab-match.ts';

export interface CertMention {
  kind: CertKind;
  product: string | null;
  raw: string;
}

export interface CertReading {
  certs: CertMention[];
  notCerts: string[];
  unknown: string[];
}

const NOT_YET = /\b(dang|du kien|chua|khong|se|ke hoach|lam ho so|xay dung)\b/;

export function readCertificateText(text: string): CertReading {
  const out: CertReading = { certs: [], notCerts: [], unknown: [] };
  for (const raw of text.split(/[;,\n]/)) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (NOT_YET.test(foldVietnamese(piece))) {
      out.notCerts.push(piece);
      continue;
    }
    const kind = matchCertKind(piece);
    if (kind === undefined) out.unknown.push(piece);
    else out.certs.push({ kind, product: null, raw: piece });
  }
  return out;
}
