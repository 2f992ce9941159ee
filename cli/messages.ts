import type { Lang } from "../shared/i18n.js";
import { READER_LIMITS } from "../xlsx/readerLimits.js";
import type {
  BadSharedString,
  UnreadableReason,
  UnreadableWorkbookError,
  WorkbookFormat,
} from "../xlsx/unreadable.js";

/**
 * A refusal as the reader gives it: the reason, what it concerns (a part, `Sheet!A1`), the format
 * read, and for a damaged workbook the cell whose shared string is missing.
 */
type Refusal = Pick<UnreadableWorkbookError, "reason" | "detail" | "format" | "badSharedString">;
/** A refusal as the messages tell it: with the file as the user named it. */
type Told = Refusal & { file: string };

const n = (value: number, lang: Lang) => value.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
const mb = (bytes: number, lang: Lang) => `${n(bytes / 1024 / 1024, lang)} MB`;

/** `Sheet!A1` → the sheet and the cell; a sheet name may hold `!` itself. */
function sheetAndCell(detail = ""): { sheet: string; cell: string } {
  const at = detail.lastIndexOf("!");
  return { sheet: detail.slice(0, at), cell: detail.slice(at + 1) };
}

/**
 * The format a refusal names: a zip of the .xlsx family by its own extension (macro-enabled, template,
 * or a binary workbook whose zip is broken before its parts tell what it is).
 */
function formatName(r: Told, names: Record<WorkbookFormat, string>): string {
  const format = r.format ?? "xlsx";
  const own = format === "xlsx" ? /\.(xlsm|xltx|xltm|xlsb)$/i.exec(r.file)?.[0].toLowerCase() : undefined;
  return own ? names.xlsx.replace(".xlsx", own) : names[format];
}

const FORMAT_VI: Record<WorkbookFormat, string> = {
  xlsx: "Excel (.xlsx)",
  xls: "Excel 97–2003 (.xls)",
  ods: "bảng tính OpenDocument (.ods)",
};
const FORMAT_EN: Record<WorkbookFormat, string> = {
  xlsx: "Excel workbook (.xlsx)",
  xls: "Excel 97–2003 workbook (.xls)",
  ods: "OpenDocument spreadsheet (.ods)",
};

/** The cell whose shared string is missing, and its sheet, said hidden or very hidden when it is. */
const badCellVi = ({ cell, sheet, state }: BadSharedString) =>
  `ô ${cell} của trang ${{ visible: "", hidden: "tính ẩn ", veryHidden: "tính ẩn sâu " }[state]}"${sheet}"`;
const badCellEn = ({ cell, sheet, state }: BadSharedString) =>
  `cell ${cell} of ${{ visible: "", hidden: "hidden ", veryHidden: "very hidden " }[state]}sheet "${sheet}"`;

/** How to show a sheet Excel hides, before looking at its cell: a very hidden one is not listed by Unhide. */
const showSheetVi = ({ sheet, state }: BadSharedString) =>
  state === "hidden"
    ? ` (trang "${sheet}" đang ẩn: nhấp chuột phải vào một thẻ trang, chọn Bỏ ẩn rồi chọn "${sheet}")`
    : state === "veryHidden"
      ? ` (trang "${sheet}" bị ẩn sâu, không có trong Bỏ ẩn: nhấn Alt+F11, chọn "${sheet}" trong khung Project, nhấn F4 rồi đặt Visible là -1 - xlSheetVisible)`
      : "";
const showSheetEn = ({ sheet, state }: BadSharedString) =>
  state === "hidden"
    ? ` (sheet "${sheet}" is hidden: right-click a sheet tab, choose Unhide, then "${sheet}")`
    : state === "veryHidden"
      ? ` (sheet "${sheet}" is very hidden and not listed by Unhide: press Alt+F11, select "${sheet}" in the Project window, press F4 and set Visible to -1 - xlSheetVisible)`
      : "";

/** What is wrong with a cell whose shared string is missing, after "cell C12 of sheet …". */
function badStringVi({ problem, index, count }: BadSharedString): string {
  if (problem === "empty") return "là ô văn bản nhưng không ghi số thứ tự chuỗi văn bản dùng chung nào";
  if (problem === "not-index")
    return `ghi số thứ tự chuỗi văn bản dùng chung là "${index}", không phải số thứ tự hợp lệ (một số nguyên từ 0 trở lên)`;
  if (problem === "too-long")
    return `ghi số thứ tự chuỗi văn bản dùng chung dài từ ${n(READER_LIMITS.maxCellText, "vi")} ký tự trở lên${index ? ` (bắt đầu bằng "${index}")` : ""}, giới hạn một ô của Excel, không phải số thứ tự hợp lệ`;
  if (count === 0)
    return `trỏ tới chuỗi văn bản dùng chung số ${index} trong khi tệp không có chuỗi văn bản dùng chung nào`;
  return `trỏ tới chuỗi văn bản dùng chung số ${index} trong khi tệp chỉ có ${n(count, "vi")} chuỗi (đánh số từ 0 đến ${n(count - 1, "vi")})`;
}
function badStringEn({ problem, index, count }: BadSharedString): string {
  if (problem === "empty") return "is a text cell that names no shared string";
  if (problem === "not-index")
    return `names shared string "${index}", which is not a valid index (a whole number, 0 or more)`;
  if (problem === "too-long")
    return `names a shared string by a text of ${n(READER_LIMITS.maxCellText, "en")} characters or more${index ? ` (starting "${index}")` : ""}, Excel's limit for a cell, which is no valid index`;
  if (count === 0) return `points to shared string ${index}, but the file holds no shared strings`;
  return `points to shared string ${index}, but the file holds only ${n(count, "en")} (numbered 0 to ${n(count - 1, "en")})`;
}

/** Why a file cannot be read, and what to do, by the reason the reader gave. */
const UNREADABLE_VI: Record<Exclude<UnreadableReason, "sheet-not-found">, (r: Told) => string> = {
  folder: () => "đây là một thư mục, không phải tệp. Hãy chỉ ra tệp .xlsx trong thư mục đó.",
  "not-regular-file": () =>
    "đây không phải một tệp thông thường mà là một đường ống (FIFO), socket hoặc thiết bị, nên không thể đọc như một sổ làm việc. Hãy chỉ ra tệp .xlsx đã lưu trên đĩa.",
  "no-permission": () =>
    "không có quyền đọc tệp này. Hãy sao chép tệp sang thư mục của mình hoặc xin quyền đọc.",
  missing: () => "không tìm thấy tệp.",
  "not-workbook": () =>
    "đây không phải tệp Excel (.xlsx, .xlsm, .xls) hay bảng tính OpenDocument (.ods). Hãy mở bằng Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx).",
  csv: () =>
    "đây là tệp văn bản CSV, không có trang tính và định dạng. Hãy mở bằng Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx), giữ dòng tiêu đề cột.",
  "other-office-file": () =>
    "đây là tệp của một chương trình Office khác (ví dụ văn bản Word đổi đuôi thành .xlsx), không phải bảng tính. Hãy chỉ ra đúng tệp danh sách.",
  "excel-binary": () =>
    'đây là Sổ làm việc Nhị phân Excel (.xlsb), định dạng chương trình kiểm tra không đọc. Hãy mở bằng Excel, chọn Tệp → Lưu thành, chọn kiểu "Sổ làm việc Excel (.xlsx)", rồi kiểm tra tệp .xlsx đó.',
  encrypted: () =>
    "tệp được đặt mật khẩu nên không đọc được nội dung. Hãy mở bằng Excel, vào Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi kiểm tra.",
  damaged: (r) =>
    r.badSharedString
      ? `tệp ${formatName(r, FORMAT_VI)} bị hỏng: ${badCellVi(r.badSharedString)} ${badStringVi(r.badSharedString)}. Excel cũng báo tệp hỏng khi mở. Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa), xem lại ô ${r.badSharedString.cell}${showSheetVi(r.badSharedString)} và nhập lại nếu trống, lưu lại rồi kiểm tra; hoặc xin đơn vị gửi lại tệp.`
      : `tệp ${formatName(r, FORMAT_VI)} bị hỏng hoặc không đầy đủ (có thể chưa tải về xong). Hãy mở bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi kiểm tra, hoặc xin đơn vị gửi lại tệp.`,
  "part-too-large": () =>
    `một phần của tệp khi giải nén vượt quá giới hạn (${mb(READER_LIMITS.maxSheetPartBytes, "vi")} cho một trang, ${mb(READER_LIMITS.maxSharedStringsBytes, "vi")} cho bảng chuỗi) hoặc lớn hơn kích thước tệp tự khai. Tệp không được đọc; nếu là danh sách thật, hãy chia thành nhiều tệp.`,
  "compression-ratio": () =>
    `tệp nén chặt hơn ${n(READER_LIMITS.maxCompressionRatio, "vi")} lần, điều một sổ làm việc thật không có: đây là dấu hiệu của "bom nén". Tệp không được đọc.`,
  "too-many-parts": () =>
    `tệp nén có hơn ${n(READER_LIMITS.maxZipEntries, "vi")} phần, nhiều hơn mọi sổ làm việc thật. Tệp không được đọc.`,
  "file-too-large": () =>
    `tệp Excel 97–2003 (.xls) lớn hơn ${mb(READER_LIMITS.maxXlsBytes, "vi")}. Hãy mở bằng Excel và lưu thành Sổ làm việc Excel (.xlsx) rồi kiểm tra.`,
  "xml-doctype": (r) =>
    `phần "${r.detail}" của tệp có khai báo DOCTYPE trong XML, điều Excel và LibreOffice không bao giờ ghi và là cách tệp độc hại đưa thực thể XML vào. Tệp không được đọc; hãy mở bằng Excel, lưu lại thành .xlsx rồi kiểm tra.`,
  "too-many-columns": (r) =>
    `trang "${sheetAndCell(r.detail).sheet}" có dữ liệu ở ô ${sheetAndCell(r.detail).cell}, ngoài ${n(READER_LIMITS.maxColumns, "vi")} cột một danh sách có thể có. Hãy xóa dữ liệu ở các cột thừa bên phải rồi kiểm tra lại.`,
  "too-many-rows": (r) =>
    `trang "${sheetAndCell(r.detail).sheet}" có dữ liệu ở ô ${sheetAndCell(r.detail).cell}, quá ${n(READER_LIMITS.maxRows, "vi")} dòng một danh sách có thể có. Hãy xóa các dòng thừa bên dưới hoặc chia danh sách thành nhiều tệp.`,
  "too-many-workbook-rows": (r) =>
    `tệp có hơn ${n(READER_LIMITS.maxWorkbookRows, "vi")} dòng có dữ liệu trên các trang (đến ô ${sheetAndCell(r.detail).cell} của trang "${sheetAndCell(r.detail).sheet}"), nhiều hơn một danh sách có thể có. Hãy xóa các trang không thuộc danh sách hoặc chia thành nhiều tệp.`,
  "too-many-cells": (r) =>
    `tệp có hơn ${n(READER_LIMITS.maxCells, "vi")} ô có dữ liệu (đến ô ${sheetAndCell(r.detail).cell} của trang "${sheetAndCell(r.detail).sheet}"). Hãy xóa các trang, vùng dữ liệu không thuộc danh sách hoặc chia thành nhiều tệp.`,
  "too-many-strings": () =>
    `tệp có hơn ${n(READER_LIMITS.maxSharedStrings, "vi")} chuỗi văn bản khác nhau, nhiều hơn mọi danh sách thật. Tệp không được đọc.`,
};
const UNREADABLE_EN: typeof UNREADABLE_VI = {
  folder: () => "it is a folder, not a file. Name the .xlsx file inside it.",
  "not-regular-file": () =>
    "it is not a regular file but a pipe (FIFO), a socket or a device, so it cannot be read as a workbook. Name an .xlsx file saved on disk.",
  "no-permission": () => "you may not read this file. Copy it to a folder of yours or ask for read access.",
  missing: () => "the file does not exist.",
  "not-workbook": () =>
    "it is not an Excel file (.xlsx, .xlsm, .xls) nor an OpenDocument spreadsheet (.ods). Open it in Excel and save it as an Excel Workbook (.xlsx).",
  csv: () =>
    "it is CSV text, with no sheets or formatting. Open it in Excel and save it as an Excel Workbook (.xlsx), keeping the header row.",
  "other-office-file": () =>
    "it is another Office program's file (a Word document renamed .xlsx, for example), not a spreadsheet. Name the roster file itself.",
  "excel-binary": () =>
    'it is an Excel Binary Workbook (.xlsb), a format the checker does not read. Open it in Excel, choose File → Save As, pick "Excel Workbook (.xlsx)" as the type, and check that .xlsx file.',
  encrypted: () =>
    "it is protected by a password, so its content cannot be read. Open it in Excel, go to File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and check it again.",
  damaged: (r) =>
    r.badSharedString
      ? `the ${formatName(r, FORMAT_EN)} is damaged: ${badCellEn(r.badSharedString)} ${badStringEn(r.badSharedString)}. Excel reports the damage too when it opens the file. Open it in Excel (Excel offers to repair it), look at cell ${r.badSharedString.cell}${showSheetEn(r.badSharedString)} and type it again if it is empty, save, and check it again; or ask the unit to send it again.`
      : `the ${formatName(r, FORMAT_EN)} is damaged or incomplete (perhaps not fully downloaded). Open it in Excel or LibreOffice, save it again as .xlsx and check that, or ask the unit to send it again.`,
  "part-too-large": () =>
    `a part of it would inflate past the limit (${mb(READER_LIMITS.maxSheetPartBytes, "en")} for a sheet, ${mb(READER_LIMITS.maxSharedStringsBytes, "en")} for the shared strings) or past the size it declares. It was not read; a real roster that large should be split into several files.`,
  "compression-ratio": () =>
    `it is compressed more than ${n(READER_LIMITS.maxCompressionRatio, "en")} times over, which no real workbook is: the mark of a zip bomb. It was not read.`,
  "too-many-parts": () =>
    `its zip holds more than ${n(READER_LIMITS.maxZipEntries, "en")} parts, more than any real workbook. It was not read.`,
  "file-too-large": () =>
    `the Excel 97–2003 workbook (.xls) is larger than ${mb(READER_LIMITS.maxXlsBytes, "en")}. Open it in Excel, save it as an Excel Workbook (.xlsx) and check that.`,
  "xml-doctype": (r) =>
    `its part "${r.detail}" holds an XML DOCTYPE, which Excel and LibreOffice never write and which is how hostile files bring in XML entities. It was not read; open it in Excel, save it as .xlsx and check that.`,
  "too-many-columns": (r) =>
    `sheet "${sheetAndCell(r.detail).sheet}" has data in cell ${sheetAndCell(r.detail).cell}, past the ${n(READER_LIMITS.maxColumns, "en")} columns a roster may have. Delete the data in the extra columns on the right and check it again.`,
  "too-many-rows": (r) =>
    `sheet "${sheetAndCell(r.detail).sheet}" has data in cell ${sheetAndCell(r.detail).cell}, past the ${n(READER_LIMITS.maxRows, "en")} rows a roster may have. Delete the extra rows below or split the roster into several files.`,
  "too-many-workbook-rows": (r) =>
    `it has more than ${n(READER_LIMITS.maxWorkbookRows, "en")} rows with data across its sheets (up to cell ${sheetAndCell(r.detail).cell} of sheet "${sheetAndCell(r.detail).sheet}"), more than a roster may have. Delete the sheets that are not the roster, or split it into several files.`,
  "too-many-cells": (r) =>
    `it has more than ${n(READER_LIMITS.maxCells, "en")} cells with data (up to cell ${sheetAndCell(r.detail).cell} of sheet "${sheetAndCell(r.detail).sheet}"). Delete the sheets or ranges that are not the roster, or split it into several files.`,
  "too-many-strings": () =>
    `it holds more than ${n(READER_LIMITS.maxSharedStrings, "en")} distinct texts, more than any real roster. It was not read.`,
};

const vi = {
  usage: `Cách dùng:
  npm run --silent cli -- check <danh-sach.xlsx|.xlsm|.xls|.ods> [--year YYYY] [--sheet TÊN] [--json] [--lang vi|en] [cài đặt…]
  npm run --silent cli -- consolidate <danh-sach.xlsx|.xlsm|.xls|.ods>… --out bao-cao.xlsx [--year YYYY] [--json] [cài đặt…]
  npm run --silent cli -- demo

Cài đặt (RULES.md):
  --rule-set 2020|2023|2025|2026    bộ quy tắc (mặc định: theo năm đánh giá)
  --assessment-date dd/mm/yyyy      ngày đánh giá (mặc định 15/12 của năm)
  --quota-base good|good-inclusive|headcount   mẫu số tỷ lệ HTXSNV (mặc định good)
  --quota-rounding exact|round|ceil            làm tròn (mặc định exact: lấy phần nguyên)
  --quota-rate 20%                  tỷ lệ tối đa (mặc định 20%)
  --quota-scopes agency,group,party,unit:headcount   phạm vi tính tỷ lệ
  --unit-rate "Tên đơn vị=30%"      tỷ lệ cao hơn được cấp có thẩm quyền cho phép (lặp lại được)
  --votes-rule more-than-two-thirds|at-least-two-thirds
  --score-bands on|off              khung điểm của địa phương (cảnh báo)
  --party-sick-cap on|off           đảng viên nghỉ ốm từ 3 tháng tối đa HTNV (mặc định on)
  --collective-rules on|off         quy định xếp loại chi bộ theo tỷ lệ đảng viên (mặc định on với 2020)
Từ năm 2026 (RULES.md §9):
  --vien-chuc-basis nd233|nd90      viên chức xếp loại theo điểm (NĐ 233/2026, mặc định) hay theo NĐ 90 + 48
  --quota-population by-law|all-staff   tỷ lệ HTXSNV tính riêng công chức, viên chức (mặc định từ 2026) hay chung
  --leave-rules warn|error|off      mốc 6 tháng, 3 tháng của NĐ 90 với người xếp loại theo điểm (mặc định warn)
  --annual-score average|as-given   đối chiếu điểm cả năm với bình quân các quý, tháng (mặc định average)
  --discipline-counted exempt|ignore   vi phạm đã tính khi xếp loại KHTNV năm trước (mặc định exempt)
  --quarter-cap off|leaders|all     quy định địa phương: có quý không hoàn thành thì không HTXSNV (mặc định off)
  --collective "Tên tập thể=HTTNV"  mức xếp loại của tập thể (lặp lại được)
  --map "Tiêu đề cột=fullName"      gán cột bằng tay, theo tiêu đề hoặc chữ cột (lặp lại được)
  --settings cai-dat.json           các cài đặt trên trong một tệp JSON
  --unit-name TÊN                   tên cơ quan, đơn vị của danh sách (check)

Báo cáo tổng hợp (consolidate): mỗi tệp là một đơn vị báo cáo, mang tên của tệp.
  --agency "SỞ NỘI VỤ"              cơ quan lập báo cáo
  --superior "UBND TỈNH …"          cơ quan cấp trên
  --place "Quảng Ngãi"              địa danh ở dòng ngày tháng
  --document-number "123/BC-SNV"    số báo cáo kèm theo
  --recipient "…"                   Kính gửi (mặc định: cơ quan cấp trên)
  --deadline dd/mm/yyyy             hạn báo cáo: đơn vị gửi đúng hạn hay muộn (theo ngày ký trên danh sách)
  --expect "Tên đơn vị"             đơn vị phải báo cáo (lặp lại được): đơn vị không có tệp ghi "chưa báo cáo"`,
  unreadable: (file: string, refusal: Refusal) =>
    refusal.reason === "sheet-not-found"
      ? vi.sheetNotFound(file, refusal.detail ?? "")
      : `Không đọc được tệp "${file}": ${UNREADABLE_VI[refusal.reason]({ ...refusal, file })}`,
  missingFile: (file: string) => `Không tìm thấy tệp "${file}".`,
  sheetNotFound: (file: string, sheet: string) => `Tệp "${file}" không có trang "${sheet}".`,
  noRoster: (file: string) => `Tệp "${file}" không có trang nào đọc được như một danh sách xếp loại.`,
  badSettings: "Cài đặt không hợp lệ:",
  badSettingsFile: (file: string) =>
    `Tệp cài đặt "${file}" không phải một đối tượng JSON hợp lệ (ví dụ: { "quotaBase": "good", "votesRule": "more-than-two-thirds" }).`,
  cannotWrite: (file: string) =>
    `Không ghi được tệp "${file}": thư mục không tồn tại hoặc không có quyền ghi.`,
  badDeadline: (value: string) => `--deadline: "${value}" không phải ngày (dd/mm/yyyy).`,
  badLang: (value: string) => `--lang chỉ nhận "vi" hoặc "en", không nhận "${value}".`,
  badCommand: (cmd: string) => `Không có lệnh "${cmd}".`,
  needFile: "Hãy chỉ ra tệp danh sách (.xlsx, .xlsm, .xls hoặc .ods) cần kiểm tra.",
  needOut: "Hãy chỉ ra tệp báo cáo cần ghi bằng --out bao-cao.xlsx.",
  unexpected: (msg: string) => `Lỗi không mong muốn: ${msg}`,
  badArgs: (error: ArgsError) => {
    const option = optionIn(error);
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      return `Không có tùy chọn ${option}. Các tùy chọn có dùng được ở dưới.`;
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      return option === "--json" || option === "--help"
        ? `Tùy chọn ${option} không nhận giá trị.`
        : `Tùy chọn ${option} cần một giá trị (ví dụ ${option} 2026).`;
    return `Tham số không hợp lệ (${option}).`;
  },
};

/** What node's argument parser throws: its code says what went wrong, its message (in English) which option. */
type ArgsError = Error & { code?: string };
function optionIn(error: ArgsError): string {
  return /'(-[^' ]+)/.exec(error.message)?.[1] ?? "";
}

const en: typeof vi = {
  usage: `Usage:
  npm run --silent cli -- check <roster.xlsx|.xlsm|.xls|.ods> [--year YYYY] [--sheet NAME] [--json] [--lang vi|en] [settings…]
  npm run --silent cli -- consolidate <roster.xlsx|.xlsm|.xls|.ods>… --out report.xlsx [--year YYYY] [--json] [settings…]
  npm run --silent cli -- demo

Settings (RULES.md):
  --rule-set 2020|2023|2025|2026    rule set (default: from the evaluation year)
  --assessment-date dd/mm/yyyy      assessment date (default 15/12 of the year)
  --quota-base good|good-inclusive|headcount   quota denominator (default good)
  --quota-rounding exact|round|ceil            rounding (default exact: floor)
  --quota-rate 20%                  quota rate (default 20%)
  --quota-scopes agency,group,party,unit:headcount   quota scopes
  --unit-rate "Unit name=30%"       a higher rate granted to a unit (repeatable)
  --votes-rule more-than-two-thirds|at-least-two-thirds
  --score-bands on|off              local score-band overlay (warnings)
  --party-sick-cap on|off           Party members sick ≥ 3 months at most Complete (default on)
  --collective-rules on|off         HD21 collective distribution (default on for 2020)
From 2026 (RULES.md §9):
  --vien-chuc-basis nd233|nd90      public employees rated by score (ND233, default) or under ND90 + ND48
  --quota-population by-law|all-staff   the quota of Excellent among civil servants and public employees apart (default from 2026) or together
  --leave-rules warn|error|off      ND90's 6-month and 3-month lines on rows rated by score (default warn)
  --annual-score average|as-given   check the annual score against the average of the periods (default average)
  --discipline-counted exempt|ignore   conduct already counted in an earlier year's Not complete (default exempt)
  --quarter-cap off|leaders|all     local rule: a failed quarter blocks Excellent (default off)
  --collective "Collective=HTTNV"   a collective's level (repeatable)
  --map "Header=fullName"           map a column by hand, by header or letter (repeatable)
  --settings settings.json          any of the above in a JSON file
  --unit-name NAME                  the agency or unit the roster belongs to (check)

Consolidated report (consolidate): each file is one reporting unit, named after the file.
  --agency NAME                     the agency writing the report
  --superior NAME                   its superior agency
  --place NAME                      the place in the date line
  --document-number NUMBER          the report this table is attached to
  --recipient NAME                  "Kính gửi" (default: the superior agency)
  --deadline dd/mm/yyyy             reporting deadline: on time or late, by the date each list was signed
  --expect "Unit name"              a unit that must report (repeatable): without a file it is missing`,
  unreadable: (file, refusal) =>
    refusal.reason === "sheet-not-found"
      ? en.sheetNotFound(file, refusal.detail ?? "")
      : `Cannot read "${file}": ${UNREADABLE_EN[refusal.reason]({ ...refusal, file })}`,
  missingFile: (file) => `File "${file}" not found.`,
  sheetNotFound: (file, sheet) => `"${file}" has no sheet "${sheet}".`,
  noRoster: (file) => `"${file}" has no sheet that can be read as a rating roster.`,
  badSettings: "Invalid settings:",
  badSettingsFile: (file) =>
    `Settings file "${file}" is not a valid JSON object (for example { "quotaBase": "good", "votesRule": "more-than-two-thirds" }).`,
  cannotWrite: (file) => `Cannot write "${file}": the folder does not exist or is not writable.`,
  badDeadline: (value) => `--deadline: "${value}" is not a date (dd/mm/yyyy).`,
  badLang: (value) => `--lang takes "vi" or "en", not "${value}".`,
  badCommand: (cmd) => `There is no command "${cmd}".`,
  needFile: "Name the roster to check (.xlsx, .xlsm, .xls or .ods).",
  needOut: "Name the report file to write with --out report.xlsx.",
  unexpected: (msg) => `Unexpected error: ${msg}`,
  badArgs: (error) => {
    const option = optionIn(error);
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      return `There is no option ${option}. The options that work are below.`;
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      return option === "--json" || option === "--help"
        ? `Option ${option} takes no value.`
        : `Option ${option} needs a value (for example ${option} 2026).`;
    return `Invalid arguments (${option}).`;
  },
};

export function cliText(lang: Lang) {
  return lang === "en" ? en : vi;
}
