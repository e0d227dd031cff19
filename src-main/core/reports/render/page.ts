/**
 * Page geometry shared by the HTML/PDF and DOCX renderers, inside the ranges of Nghị định 30/2020
 * (domain.md §7.1): A4 portrait; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body 13–14 pt.
 * We take the smallest margins of each range: they leave the widest text (165 mm) for statistical tables.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  /** Distance from the top edge to the page-number line in DOCX (inside the 20 mm top margin). */
  headerDistanceMm: 10,
  bodyPt: 14,
} as const;

export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;
