/**
 * `npm start`: Azurite with its data under .azurite/, the function app on http://127.0.0.1:7071
 * (the handlers it registers, served by our local host), development sign-in, a small
 * demonstration tree with one unit's submission when the store is empty, and the task pane on
 * https://localhost:3000 (Vite's development server, `/api` passed to the back end) ready to be
 * sideloaded into Excel. Ctrl+C stops everything. The ports and the data folder may be moved with
 * PORT, PANE_PORT, AZURITE_BLOB_PORT, AZURITE_TABLE_PORT, AZURITE_QUEUE_PORT and AZURITE_DATA (the tests do, to run
 * beside a developer's own `npm start`); the manifest names the defaults.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { keyVerifier, signDevToken } from "../functions/auth/identity.js";
import { parseOrigins } from "../functions/http/cors.js";
import { startLocalHost } from "../functions/localHost.js";
import { setServices } from "../functions/services.js";
import { openStore, prepareStore } from "../functions/storage/store.js";
import { createServer as createViteServer } from "vite";
import { DEV_ORIGIN, DEV_PORT } from "../addin/origin.js";
import { readVersion } from "../functions/storage/submissions.js";
import { startAzurite } from "./azurite.js";
import { busyPorts } from "./ports.js";
import { devCertificates } from "./devCertificates.js";
import { seedDemo } from "./seed.js";

const PORT = Number(process.env.PORT ?? 7071);
const PANE_PORT = Number(process.env.PANE_PORT ?? DEV_PORT);
const PANE_ORIGIN = PANE_PORT === DEV_PORT ? DEV_ORIGIN : `https://localhost:${PANE_PORT}`;
const BLOB_PORT = Number(process.env.AZURITE_BLOB_PORT ?? 10000);
const TABLE_PORT = Number(process.env.AZURITE_TABLE_PORT ?? 10002);
const QUEUE_PORT = Number(process.env.AZURITE_QUEUE_PORT ?? 10001);
const DATA = process.env.AZURITE_DATA ?? ".azurite";
/** The task pane's origin (its development server), allowed to call the API across origins. */
const CORS_ORIGINS = parseOrigins(process.env.CORS_ORIGINS ?? PANE_ORIGIN);

const busy = await busyPorts([PORT, PANE_PORT, BLOB_PORT, TABLE_PORT, QUEUE_PORT]);
if (busy.length > 0) {
  process.stderr.write(
    `Cổng ${busy.join(", ")} đang được chương trình khác dùng (có thể npm start đang chạy ở một cửa sổ khác): hãy dừng chương trình đó, hoặc chọn cổng khác với PORT, PANE_PORT, AZURITE_BLOB_PORT, AZURITE_TABLE_PORT, AZURITE_QUEUE_PORT.\n` +
      `Port ${busy.join(", ")} is in use by another program (perhaps npm start in another window): stop it, or choose other ports with PORT, PANE_PORT, AZURITE_BLOB_PORT, AZURITE_TABLE_PORT, AZURITE_QUEUE_PORT.\n`,
  );
  process.exit(1);
}
mkdirSync(DATA, { recursive: true });
const azurite = await startAzurite({
  location: DATA,
  blobPort: BLOB_PORT,
  tablePort: TABLE_PORT,
  queuePort: QUEUE_PORT,
});
const store = openStore(azurite.connectionString);
await prepareStore(store);
const key = randomBytes(32);
setServices({ store, verify: keyVerifier(key), devKey: key, now: () => new Date() });
const server = await startLocalHost(PORT, { corsOrigins: CORS_ORIGINS });
const seeded = await seedDemo(store);
const reviewer = await signDevToken(key, { subject: "demo-reviewer", role: "reviewer", unitId: seeded.root });
const clerk = await signDevToken(key, { subject: "demo-clerk", role: "clerk", unitId: seeded.waitingUnit });
const oneSubmission = JSON.stringify({
  people: [
    { fullName: "Nguyễn Văn Thử", staffType: "CC", level: "HTTNV" },
    { fullName: "Trần Thị Mẫu", staffType: "VC", level: "HTXSNV" },
  ],
});
const api = `http://127.0.0.1:${PORT}/api`;
// On a second start the waiting unit may have sent already: then the command replaces its version.
const sent = await readVersion(store, seeded.year, seeded.waitingUnit);
const ifMatch = sent ? ` -H 'If-Match: ${sent.etag}'` : "";
process.env.API_TARGET = `http://127.0.0.1:${PORT}`;
const certificates = await devCertificates();
const pane = await createViteServer({
  configFile: "addin/vite.config.ts",
  logLevel: "warn",
  server: { https: certificates.https, port: PANE_PORT },
});
await pane.listen();

process.stdout.write(`
Máy chủ thử nghiệm đang chạy / the development back end is running:
  ${api}/health
  Azurite (lưu dữ liệu trong ${DATA}/): blob ${BLOB_PORT}, table ${TABLE_PORT}, queue ${QUEUE_PORT}
  CORS: ${CORS_ORIGINS.join(", ") || "(không / none)"}
  ${seeded.created ? "Đã tạo cây đơn vị mẫu và một lần gửi của" : "Dữ liệu mẫu đã có từ trước:"} ${seeded.submittedUnit}

Xem tổng hợp của đơn vị cấp trên / the parent's consolidated view (token of a reviewer of ${seeded.root}):
  curl -H "Authorization: Bearer ${reviewer}" ${api}/periods/${seeded.year}/units/${seeded.root}/consolidated
${
  sent
    ? `Gửi lại kết quả của ${seeded.waitingUnit}, thay phiên bản ${sent.version} đã có / replace version ${sent.version} of ${seeded.waitingUnit}:`
    : `Gửi kết quả của ${seeded.waitingUnit} rồi xem lại tổng hợp ở trên / submit for ${seeded.waitingUnit}, then look again:`
}
  curl -X PUT -H "Authorization: Bearer ${clerk}" -H "content-type: application/json"${ifMatch} -d '${oneSubmission}' ${api}/periods/${seeded.year}/units/${seeded.waitingUnit}/submission
Tải báo cáo tổng hợp / download the consolidated report:
  curl -H "Authorization: Bearer ${reviewer}" -o bao-cao.xlsx ${api}/periods/${seeded.year}/units/${seeded.root}/report.xlsx
Lấy mã đăng nhập thử / a development token for any unit and role (clerk, reviewer, admin):
  curl -X POST -H "content-type: application/json" -d '{"sub":"thu-ky","unitId":"${seeded.submittedUnit}","role":"clerk"}' ${api}/dev/token

Phần bổ trợ Excel / the Excel add-in: ${PANE_ORIGIN}/taskpane.html
  Nạp manifest.xml vào Excel / sideload manifest.xml: README, "The Excel add-in" (Sideloading).
  Đăng nhập thử trong thẻ "Gửi lên": người dùng bất kỳ, mã đơn vị ${seeded.submittedUnit} hoặc ${seeded.waitingUnit}, vai trò văn thư;
  thẻ "Tổng hợp": mã đơn vị ${seeded.root}, vai trò cán bộ tổng hợp.
${certificates.trustNote ? `${certificates.trustNote}\n` : ""}
Dừng: Ctrl+C.
`);

const stop = async () => {
  await pane.close();
  server.close();
  await azurite.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
// Vite's development server ends the process on SIGTERM itself, before Azurite could save what was
// written in its last seconds: this process's own stop does it all, in order.
process.removeAllListeners("SIGTERM");
process.on("SIGTERM", stop);
// Whatever ends this process, Azurite must not be left holding its ports.
process.on("exit", () => azurite.kill());
