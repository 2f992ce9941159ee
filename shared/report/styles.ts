import type { CellStyle, StyleId } from "./model.js";

/** Nghị định 30/2020/NĐ-CP: administrative documents are set in Times New Roman. */
export const REPORT_FONT = "Times New Roman";
export const HIGHLIGHT = "#FFFF00";

const style = (
  size: number,
  horizontal: CellStyle["alignment"]["horizontal"],
  font: Omit<CellStyle["font"], "name" | "size"> = {},
  extra: Partial<Pick<CellStyle, "border" | "fill">> & { wrap?: boolean } = {},
): CellStyle => {
  const { wrap, ...rest } = extra;
  return {
    font: { name: REPORT_FONT, size, ...font },
    alignment: { horizontal, vertical: "middle", ...(wrap ? { wrap } : {}) },
    ...rest,
  };
};

const cell = { border: "thin", wrap: true } as const;
const high = { ...cell, fill: HIGHLIGHT } as const;

export const REPORT_STYLES: Record<StyleId, CellStyle> = {
  orgName: style(12, "center", { bold: true }, { wrap: true }),
  nation: style(12, "center", { bold: true }),
  motto: style(13, "center", { bold: true, underline: true }),
  docNumber: style(12, "center"),
  placeDate: style(12, "center", { italic: true }),
  title: style(14, "center", { bold: true }),
  subtitle: style(13, "center", { bold: true }, { wrap: true }),
  attachment: style(12, "center", { italic: true }),
  recipient: style(12, "center"),
  heading: style(12, "left", { bold: true }),
  header: style(11, "center", { bold: true }, cell),
  text: style(11, "left", {}, cell),
  textCenter: style(11, "center", {}, cell),
  number: style(11, "right", {}, cell),
  section: style(11, "left", { bold: true }, cell),
  subText: style(11, "left", { italic: true }, cell),
  subNumber: style(11, "right", { italic: true }, cell),
  totalText: style(11, "left", { bold: true }, cell),
  totalNumber: style(11, "right", { bold: true }, cell),
  numberHigh: style(11, "right", {}, high),
  subNumberHigh: style(11, "right", { italic: true }, high),
  totalNumberHigh: style(11, "right", { bold: true }, high),
  signTitle: style(12, "center", { bold: true }),
  signNote: style(12, "center", { italic: true }),
};
