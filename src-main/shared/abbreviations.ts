/**
 * Abbreviations found in organization names, expanded before matching and searching.
 *
 * Only abbreviations whose meaning inside a cooperative's name is unambiguous are listed. The short ones
 * (DV, NN, SX, KD, TM) are expanded only as whole words, never inside a word, and their readings are the
 * ones registration names use ("HTX DV NN Tân Lập" = "Hợp tác xã dịch vụ nông nghiệp Tân Lập"); since both
 * sides of a comparison are expanded alike, a rare other reading (NN = "nhà nước") can at worst make two
 * names equal that differ only by that word.
 * Deliberately NOT expanded: CN (công nghiệp or chăn nuôi), VT (vận tải or vật tư), MT (môi trường or miền
 * Trung), TH (tổng hợp, tin học…), XD, QTD and LH (too short or too rare to be sure), and "TV" (thành viên)
 * which belongs to headers, not names.
 */
export const ORG_ABBREVIATIONS: ReadonlyArray<readonly [abbreviation: string, expansion: string]> = [
  ['htx', 'hợp tác xã'],
  ['lhhtx', 'liên hiệp hợp tác xã'],
  ['qtdnd', 'quỹ tín dụng nhân dân'],
  ['tdnd', 'tín dụng nhân dân'], // "Quỹ TDND"
  ['tht', 'tổ hợp tác'],
  ['dv', 'dịch vụ'],
  ['nn', 'nông nghiệp'],
  ['dvnn', 'dịch vụ nông nghiệp'],
  ['sx', 'sản xuất'],
  ['kd', 'kinh doanh'],
  ['sxkd', 'sản xuất kinh doanh'],
  ['tm', 'thương mại'],
  ['dvtm', 'dịch vụ thương mại'],
  ['tmdv', 'thương mại dịch vụ'],
];
