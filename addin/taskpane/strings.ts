import type { Lang, Localized } from "../../shared/i18n.js";

const s = (vi: string, en: string): Localized => ({ vi, en });

/** Every text of the task pane, Vietnamese first. `{name}` marks a value filled in by `format`. */
export const STRINGS = {
  appTitle: s("Xếp loại chất lượng", "Staff rating"),
  language: s("English", "Tiếng Việt"),
  tabCheck: s("Kiểm tra", "Check"),
  tabQuota: s("Tỷ lệ", "Quota"),
  tabSuggest: s("Đề xuất", "Suggest"),
  tabSubmit: s("Gửi lên", "Submit"),
  tabConsolidate: s("Tổng hợp", "Consolidate"),
  tabColumns: s("Cột", "Columns"),
  tabSettings: s("Cài đặt", "Settings"),

  check: s("Kiểm tra", "Check"),
  checkIntro: s(
    "Đọc danh sách trong sổ tính, kiểm tra theo quy định và tô màu các ô cần xem lại.",
    "Reads the roster in this workbook, checks it against the regulations and colours the cells to review.",
  ),
  clearMarks: s("Bỏ tô màu", "Remove marks"),
  marksCleared: s(
    "Đã bỏ tô màu, trả lại màu nền ban đầu của các ô.",
    "Marks removed; cells have their own fill back.",
  ),
  checked: s(
    "Đã kiểm tra {people} người, năm {year} (bộ quy định {ruleSet}): {errors} lỗi, {warnings} cảnh báo.",
    "Checked {people} people, year {year} (rule set {ruleSet}): {errors} errors, {warnings} warnings.",
  ),
  noFindings: s("Không có gì cần sửa.", "Nothing to fix."),
  notARoster: s(
    "Không tìm thấy danh sách đánh giá trong sổ tính này (cần một dòng tiêu đề có cột Họ và tên và cột Xếp loại).",
    "No rating roster found in this workbook (a header row with a full-name column and a level column is needed).",
  ),
  error: s("Lỗi", "Errors"),
  warning: s("Cảnh báo", "Warnings"),
  info: s("Thông tin", "Information"),
  showMore: s("Hiện thêm {n}", "Show {n} more"),
  stepRead: s("Đang đọc sổ tính…", "Reading the workbook…"),
  stepCheck: s("Đang kiểm tra theo quy định…", "Checking against the rules…"),
  stepSuggest: s("Đang tính mức tối đa cho từng người…", "Working out each person's highest level…"),
  stepMark: s("Đang tô màu các ô…", "Marking cells…"),
  working: s("Đang xử lý…", "Working…"),

  quotaCheck: s("Kiểm tra tỷ lệ", "Check the quota"),
  quotaIntro: s(
    "Số người Hoàn thành xuất sắc nhiệm vụ so với tỷ lệ được phép, theo từng phạm vi.",
    "People rated Excellent against the allowed share, by scope.",
  ),
  excellent: s("HTXSNV", "Excellent"),
  base: s("Cơ sở tính", "Base"),
  allowed: s("Được phép", "Allowed"),
  excess: s("Vượt", "Excess"),
  outsideQuota: s(
    "Ngoài tỷ lệ (theo thứ tự phiếu, rồi điểm):",
    "Outside the quota (ordered by votes, then score):",
  ),
  votes: s("phiếu", "votes"),
  score: s("điểm", "score"),
  quotaOk: s("Không phạm vi nào vượt tỷ lệ.", "No scope is over its quota."),
  noQuota: s("Không có phạm vi nào để tính tỷ lệ.", "No scope to count a quota in."),

  suggest: s("Đề xuất mức xếp loại", "Suggest levels"),
  suggestIntro: s(
    "Thêm một cột bên phải danh sách: mức cao nhất mỗi người có thể được xếp theo quy định và căn cứ. Không ghi đè cột nào của anh/chị.",
    "Adds a column to the right of the roster: the highest level each person may get under the rules, and why. None of your columns is overwritten.",
  ),
  suggested: s(
    "Đã ghi đề xuất cho {n} người vào cột {columns} của trang {sheet}.",
    "Suggestions for {n} people written to column {columns} of sheet {sheet}.",
  ),
  uncertain: s(
    "{n} đề xuất chưa chắc chắn vì thiếu dữ liệu.",
    "{n} suggestions are uncertain: data is missing.",
  ),

  signIn: s("Đăng nhập", "Sign in"),
  signedInAs: s("Đã đăng nhập: {who}", "Signed in: {who}"),
  signOut: s("Đăng xuất, đổi tài khoản", "Sign out or switch account"),
  devSignIn: s("Đăng nhập (môi trường phát triển)", "Sign in (development)"),
  devUser: s("Người dùng", "User"),
  role: s("Vai trò", "Role"),
  roleClerk: s("Văn thư đơn vị", "Unit clerk"),
  roleReviewer: s("Cán bộ tổng hợp cấp trên", "Reviewer"),
  roleAdmin: s("Quản trị", "Administrator"),
  unitId: s("Mã đơn vị", "Unit code"),
  submit: s("Gửi lên cấp trên", "Submit upward"),
  submitIntro: s(
    "Gửi kết quả xếp loại của đơn vị lên cấp trên. Chỉ gửi họ tên, đơn vị, chức vụ, đối tượng, mức xếp loại và số liệu tính tỷ lệ; không gửi ngày sinh hay chi tiết kỷ luật.",
    "Sends the unit's results upward: only names, unit, position, staff type, levels and the quota figures; never birth dates or discipline details.",
  ),
  submitWithErrors: s(
    "Danh sách còn {n} lỗi. Cấp trên sẽ nhận đúng như danh sách hiện tại. Vẫn gửi?",
    "The roster still has {n} errors. The superior receives it as it is. Send anyway?",
  ),
  sendAnyway: s("Vẫn gửi", "Send anyway"),
  cancel: s("Huỷ", "Cancel"),
  receipt: s(
    "Đã gửi: phiên bản {version}, lúc {time}, {people} người.",
    "Sent: version {version} at {time}, {people} people.",
  ),
  lastReceipt: s(
    "Lần gửi gần nhất từ sổ tính này: phiên bản {version}, lúc {time}, {people} người.",
    "Last sent from this workbook: version {version}, {time}, {people} people.",
  ),
  conflictTitle: s("Đơn vị đã có bản gửi mới hơn", "The unit has a newer submission"),
  conflictBody: s(
    "Trên máy chủ đã có phiên bản {version} (lúc {time}), gửi sau lần gửi mà sổ tính này biết. Tải lại để xem, hoặc thay thế bằng danh sách này.",
    "The server has version {version} ({time}), sent after the one this workbook knows. Reload to see it, or replace it with this roster.",
  ),
  reload: s("Tải lại", "Reload"),
  replace: s("Thay thế", "Replace"),
  reloaded: s(
    "Bản mới nhất trên máy chủ: phiên bản {version}, lúc {time}.",
    "Latest on the server: version {version}, {time}.",
  ),
  onServer: s("Trên máy chủ", "On the server"),
  inWorkbook: s("Sổ tính này", "This workbook"),
  reloadedHint: s(
    "Thay thế để gửi danh sách của sổ tính này thay cho bản trên máy chủ; Huỷ để giữ bản trên máy chủ.",
    "Replace to send this workbook's roster in place of the server's version; Cancel to keep the server's.",
  ),
  nothingOnServer: s(
    "Máy chủ chưa có bản gửi nào của đơn vị.",
    "The server has no submission of the unit yet.",
  ),
  noPeopleToSend: s(
    "Không có người nào đọc được mức xếp loại để gửi.",
    "No person with a readable level to send.",
  ),

  consolidate: s("Xem tổng hợp", "Load the consolidation"),
  consolidateIntro: s(
    "Tình hình gửi của các đơn vị trực thuộc và số liệu tổng hợp; chèn báo cáo vào sổ tính.",
    "Status of the units below and the consolidated figures; insert the report into the workbook.",
  ),
  insertReport: s("Chèn báo cáo vào sổ tính", "Insert the report sheets"),
  reportInserted: s("Đã chèn các trang: {sheets}.", "Sheets inserted: {sheets}."),
  unit: s("Đơn vị", "Unit"),
  status: s("Tình trạng", "Status"),
  people: s("Số người", "People"),
  quotaByUnits: s(
    "HTXSNV so với số được phép của từng đơn vị (theo cài đặt và tỷ lệ được duyệt của đơn vị)",
    "Rated Excellent against each unit's allowed number (its own settings and approved rate)",
  ),
  population: s("Đối tượng", "Staff"),
  populationAll: s("toàn bộ CBCCVC", "all staff"),
  over: s("Vượt", "Over"),
  approvedRates: s("Tỷ lệ được duyệt: {rates}", "Approved rates: {rates}"),
  totals: s("Tổng số {people} người", "{people} people in all"),
  settling: s("Số liệu đang được cập nhật…", "The figures are being brought up to date…"),
  noChildren: s("Đơn vị không có đơn vị trực thuộc.", "The unit has no units below it."),

  columnsIntro: s(
    "Các cột đã nhận ra trong dòng tiêu đề. Sửa lại nếu cột nào bị hiểu sai; cách gán được lưu trong sổ tính.",
    "The columns found in the header row. Correct any that was misread; the mapping is saved in the workbook.",
  ),
  readHeaders: s("Đọc dòng tiêu đề", "Read the header row"),
  unmapped: s("(không dùng)", "(not used)"),
  ignore: s("Bỏ qua cột này", "Ignore this column"),
  save: s("Lưu", "Save"),
  saved: s("Đã lưu vào sổ tính.", "Saved in the workbook."),
  headerRows: s(
    "Trang {sheet}: tiêu đề ở dòng {rows}, {people} người.",
    "Sheet {sheet}: header on row {rows}, {people} people.",
  ),

  settingsIntro: s(
    "Cài đặt của đợt đánh giá, lưu trong sổ tính. Để trống là dùng mặc định theo quy định.",
    "Settings of this evaluation, saved in the workbook. Leave a field empty for the regulations' default.",
  ),
  year: s("Năm đánh giá", "Evaluation year"),
  yearAuto: s("Theo tiêu đề danh sách", "From the roster's title"),
  ruleSet: s("Bộ quy định", "Rule set"),
  ruleSetAuto: s("Theo năm đánh giá", "By the evaluation year"),
  assessmentDate: s("Ngày đánh giá", "Assessment date"),
  assessmentDateHint: s(
    "Ngày/tháng/năm, ví dụ 15/12/2026. Mặc định 15/12 của năm đánh giá.",
    "Day/month/year, e.g. 15/12/2026. Default: 15/12 of the year.",
  ),
  datePlaceholder: s("dd/mm/yyyy", "dd/mm/yyyy"),
  dateInvalid: s(
    "Không đọc được ngày: hãy ghi ngày/tháng/năm, ví dụ 15/12/2026.",
    "Not a date: write day/month/year, e.g. 15/12/2026.",
  ),
  quotaRate: s("Tỷ lệ HTXSNV tối đa (%)", "Maximum share rated Excellent (%)"),
  quotaBase: s("Cơ sở tính tỷ lệ", "Quota base"),
  quotaBaseGood: s("Số người Hoàn thành tốt nhiệm vụ (mặc định)", "People rated Good (default)"),
  quotaBaseGoodInclusive: s("Số người từ Hoàn thành tốt trở lên", "People rated Good or better"),
  quotaBaseHeadcount: s("Tổng số người được đánh giá", "Everyone rated"),
  quotaRounding: s("Làm tròn số được phép", "Rounding of the allowed count"),
  roundingExact: s("Không làm tròn lên (mặc định)", "No rounding up (default)"),
  roundingRound: s("Làm tròn", "Round"),
  roundingCeil: s("Làm tròn lên", "Round up"),
  votesRule: s("Điều kiện phiếu tín nhiệm", "Votes condition"),
  votesMore: s("Trên 2/3 (mặc định)", "More than two thirds (default)"),
  votesAtLeast: s("Từ 2/3 trở lên", "At least two thirds"),
  unitName: s("Tên đơn vị", "Unit name"),
  settings2026: s(
    "Từ năm 2026: công chức (Nghị định 335/2025) và viên chức (Nghị định 233/2026) xếp loại theo điểm",
    "From 2026: civil servants (ND335/2025) and public employees (ND233/2026) rated by score",
  ),
  vienChucBasis: s("Viên chức xếp loại theo", "Public employees rated under"),
  vienChucNd233: s("Điểm, Nghị định 233/2026 (mặc định)", "Score, ND233/2026 (default)"),
  vienChucNd90: s("Tiêu chí của Nghị định 90 và 48", "ND90 and ND48 criteria"),
  quotaPopulation: s("Tỷ lệ HTXSNV tính trong", "Quota of Excellent counted among"),
  quotaPopulationAuto: s("Theo bộ quy định (riêng từ 2026)", "By the rule set (apart from 2026)"),
  quotaPopulationByLaw: s("Riêng công chức, riêng viên chức", "Civil servants apart, public employees apart"),
  quotaPopulationAllStaff: s("Chung mọi đối tượng", "All staff together"),
  leaveRules: s("Mốc 6 tháng, 3 tháng nghỉ của Nghị định 90", "ND90's 6- and 3-month leave lines"),
  leaveRulesWarn: s("Chỉ cảnh báo (mặc định)", "Warnings only (default)"),
  leaveRulesError: s("Là lỗi", "Errors"),
  leaveRulesOff: s("Không kiểm tra", "Not checked"),
  annualScore: s("Điểm cả năm", "Annual score"),
  annualScoreAverage: s(
    "Đối chiếu với bình quân các quý, tháng (mặc định)",
    "Checked against the periods' average (default)",
  ),
  annualScoreAsGiven: s("Lấy như danh sách ghi", "Taken as given"),
  disciplineCounted: s("Vi phạm đã tính khi xếp loại năm trước", "Conduct counted in an earlier year"),
  disciplineExempt: s("Không tính lại (mặc định)", "Not counted again (default)"),
  disciplineIgnore: s("Vẫn buộc KHTNV", "Still forces Not complete"),
  quarterCap: s("Có quý không hoàn thành thì không HTXSNV", "A failed quarter blocks Excellent"),
  quarterCapOff: s("Không áp dụng (mặc định)", "Not applied (default)"),
  quarterCapLeaders: s("Với lãnh đạo, quản lý", "For leaders"),
  quarterCapAll: s("Với mọi người", "For everyone"),
  settingsSaved: s("Đã lưu cài đặt vào sổ tính.", "Settings saved in the workbook."),

  excelFailed: s("Excel không thực hiện được: {detail}", "Excel could not do it: {detail}"),
  unexpected: s("Có lỗi không mong đợi: {detail}", "Something unexpected went wrong: {detail}"),
  tooLarge: s(
    'Trang "{sheet}" quá lớn để đọc một lần (Excel không trả về giá trị). Hãy xoá các dòng, cột trống ở cuối trang.',
    'Sheet "{sheet}" is too large to read at once (Excel returned no values). Delete the empty rows and columns at its end.',
  ),
  close: s("Đóng", "Close"),
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** A `t` function for one language: the text of `key` with its `{name}` places filled. */
export function translator(lang: Lang): Translate {
  return (key, values) =>
    STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
}

/** Office's language (`Office.context.displayLanguage`): Vietnamese for `vi-VN`, English for any other. */
export const langOf = (displayLanguage: string): Lang =>
  displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
