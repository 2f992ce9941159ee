import fc from "fast-check";
import { FormulaWithoutValue, type CellValue, type SheetCell } from "../../shared/cells.js";

/** Removes Vietnamese diacritics the way a clerk typing without them would. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

const SEPARATORS = [
  " ",
  "  ",
  "\n",
  " \n ",
  "\r\n",
  "\t",
  "\u00a0",
  ", ",
  " - ",
  " – ",
  "/",
  ": ",
  " (",
  ") ",
  ". ",
  " & ",
];

/**
 * A header or label as clerks type it: random case, with or without diacritics, NFC or NFD, extra
 * spaces and line breaks, punctuation between words and around the text.
 */
export function mangled(
  text: string,
  options: { separators?: readonly string[] } = {},
): fc.Arbitrary<string> {
  const words = text.split(" ");
  const separators = options.separators ?? SEPARATORS;
  return fc
    .record({
      strip: fc.boolean(),
      form: fc.constantFrom("NFC", "NFD") as fc.Arbitrary<"NFC" | "NFD">,
      upper: fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      separators: fc.array(fc.constantFrom(...separators), {
        minLength: words.length - 1,
        maxLength: words.length - 1,
      }),
      before: fc.constantFrom("", " ", "  ", "\n", "(", "* ", "- "),
      after: fc.constantFrom("", " ", "\n", ":", ")", " *", "..."),
    })
    .map(({ strip, form, upper, separators: seps, before, after }) => {
      const cased = [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("");
      const joined = cased
        .split(" ")
        .map((w, i) => (i === 0 ? w : `${seps[i - 1]}${w}`))
        .join("");
      const plain = strip ? stripDiacritics(joined) : joined;
      return `${before}${plain}${after}`.normalize(form);
    });
}

const HUGE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

/**
 * Anything a cell may hold, and worse: strings of any script (and 100,000-character ones), numbers
 * with NaN and ±Infinity, booleans, Dates valid and invalid, null, undefined, and near-misses.
 */
export const junkCell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      "HTT",
      "Khá",
      "Hoàn thành",
      "KXL",
      "85,5",
      "85%",
      "101",
      "-1",
      "1.234,5",
      "17/05/1980",
      "31/02/2020",
      "1980",
      "CC",
      "HĐ68",
      "Sinh viên",
      "x",
      "✓",
      "Có",
      "Không",
      "Tổng cộng",
      "NGƯỜI LẬP BIỂU",
      "Hà Nội, ngày 10 tháng 12 năm 2026",
      "I. Phòng Kế hoạch",
      "(1)",
      "   ",
      "\n",
    ),
    weight: 4,
  },
  { arbitrary: fc.double(), weight: 3 },
  {
    arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: -100_000, max: 100_000 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 2 },
  { arbitrary: fc.constant(new Date(Number.NaN)), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined), weight: 2 },
  {
    // 100,000 characters: one run of a letter, or 50,000 one-letter words
    arbitrary: fc
      .tuple(fc.constantFrom(...HUGE_LETTERS), fc.boolean())
      .map(([ch, words]) => (words ? `${ch} `.repeat(50_000) : ch.repeat(100_000))),
    weight: 1,
  },
);

/** Cells a header search may meet: junk, header words, 2026's period headers and unsaved formulas. */
export const sheetCell: fc.Arbitrary<SheetCell> = fc.oneof(
  { arbitrary: junkCell, weight: 3 },
  {
    arbitrary: fc.constantFrom(
      "Quý I",
      "T3",
      "Tháng 12",
      "Điểm đánh giá hằng tháng",
      "Xếp loại theo quý",
      "Tổng điểm",
      "Tổng",
      "(6)=(4)+(5)",
    ),
    weight: 1,
  },
  { arbitrary: fc.string({ maxLength: 12 }).map((f) => new FormulaWithoutValue(f)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      "STT",
      "Họ và tên",
      "Xếp loại",
      "Tự xếp loại",
      "Đơn vị",
      "Tên tập thể",
      "Chức vụ",
      "Ghi chú",
      "Xếp loại đảng viên",
      "Kết quả xếp loại",
      "Nguyễn Văn An",
    ),
    weight: 1,
  },
);
