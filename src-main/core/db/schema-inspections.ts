/** Tables of inspections and monitoring (issue 6), added by migration 004. */
export interface InspectionTables {}
