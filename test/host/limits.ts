/**
 * What real Excel refuses and the host refuses too, set below where Excel has been seen to fail so
 * that a test meets the failure before a clerk does. Browser-safe.
 */
export interface HostLimits {
  /**
   * Characters of one address list given to `Worksheet.getRanges`. Excel refuses lists of many areas
   * with `InvalidArgument` at limits Microsoft does not document: 513 areas and 8,207 characters
   * failed while others of about that size passed (OfficeDev/office-js#5198, office-js-docs-pr#2255).
   */
  addressChars: number;
  /** Areas in one such list. */
  addressAreas: number;
  /**
   * Characters of the JSON of all the workbook's settings: Microsoft documents settings as small
   * values of limited size, large state belonging in custom XML parts (the size is not given).
   */
  settingsChars: number;
}

export const HOST_LIMITS: HostLimits = { addressChars: 4_000, addressAreas: 256, settingsChars: 32_000 };
