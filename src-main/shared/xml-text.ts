/**
 * Text that XML 1.0 cannot hold: C0 control characters other than tab, line feed and carriage return, the
 * noncharacters U+FFFE and U+FFFF, and halves of surrogate pairs standing alone. One such character in one
 * organization's name makes an XLSX or DOCX file that Excel and Word refuse to open, so they are removed
 * (controls, noncharacters) or replaced by U+FFFD (lone surrogates, which mark a broken character) where
 * text comes in, and again in every writer of XML.
 */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NOT_IN_XML_TEST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function xmlSafeText(text: string): string {
  const whole = text.isWellFormed() ? text : text.toWellFormed();
  return NOT_IN_XML_TEST.test(whole) ? whole.replace(NOT_IN_XML, '') : whole;
}

/** Every string inside a value (objects and arrays walked), made XML-safe; the value itself when nothing changes. */
export function xmlSafeDeep<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = cleanValue(item);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (value === null || typeof value !== 'object' || !isPlainObject(value)) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const next = cleanValue(item);
    if (next !== item) changed = true;
    out[key] = next;
  }
  return changed ? out : value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
