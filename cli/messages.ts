import type { Lang } from "../shared/i18n.js";
import type { FileKind } from "./fileKind.js";

/** Why a file is not a readable .xlsx, and what to do, by what the file really is. */
const UNREADABLE_VI: Record<FileKind, string> = {
  xls: "đây là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel, chọn Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx), rồi kiểm tra tệp .xlsx đó.",
  encrypted:
    "tệp được đặt mật khẩu nên không đọc được nội dung. Hãy mở bằng Excel, vào Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi kiểm tra.",
  ods: "đây là bảng tính OpenDocument (.ods). Hãy mở bằng LibreOffice Calc hoặc Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx).",
  csv: "đây là tệp văn bản CSV, không có trang tính và định dạng. Hãy mở bằng Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx), giữ dòng tiêu đề cột.",
  folder: "đây là một thư mục, không phải tệp. Hãy chỉ ra tệp .xlsx trong thư mục đó.",
  "no-permission": "không có quyền đọc tệp này. Hãy sao chép tệp sang thư mục của mình hoặc xin quyền đọc.",
  other: "đây không phải tệp Excel .xlsx. Hãy mở bằng Excel và lưu dưới dạng Sổ làm việc Excel (.xlsx).",
};
const UNREADABLE_EN: Record<FileKind, string> = {
  xls: "it is an Excel 97–2003 workbook (.xls). Open it in Excel, choose File → Save As → Excel Workbook (*.xlsx), then check that .xlsx file.",
  encrypted:
    "it is protected by a password, so its content cannot be read. Open it in Excel, go to File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and check it again.",
  ods: "it is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx).",
  csv: "it is CSV text, with no sheets or formatting. Open it in Excel and save it as an Excel Workbook (.xlsx), keeping the header row.",
  folder: "it is a folder, not a file. Name the .xlsx file inside it.",
  "no-permission": "you may not read this file. Copy it to a folder of yours or ask for read access.",
  other: "it is not an Excel .xlsx file. Open it in Excel and save it as an Excel Workbook (.xlsx).",
};

const vi = {
  usage: `Cách dùng:
  npm run --silent cli -- check <danh-sach.xlsx> [--year YYYY] [--sheet TÊN] [--json] [--lang vi|en] [cài đặt…]
  npm run --silent cli -- consolidate <danh-sach.xlsx>… --out bao-cao.xlsx [--year YYYY] [--json] [cài đặt…]
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
  unreadable: (file: string, kind: FileKind) => `Không đọc được tệp "${file}": ${UNREADABLE_VI[kind]}`,
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
  needFile: "Hãy chỉ ra tệp danh sách .xlsx cần kiểm tra.",
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
  npm run --silent cli -- check <roster.xlsx> [--year YYYY] [--sheet NAME] [--json] [--lang vi|en] [settings…]
  npm run --silent cli -- consolidate <roster.xlsx>… --out report.xlsx [--year YYYY] [--json] [settings…]
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
  unreadable: (file, kind) => `Cannot read "${file}": ${UNREADABLE_EN[kind]}`,
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
  needFile: "Name the .xlsx roster to check.",
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
