import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import devCerts from "office-addin-dev-certs";

/** Where office-addin-dev-certs keeps its certificates (the same folder every Office add-in tool uses). */
const DIR = join(homedir(), ".office-addin-dev-certs");
const FILES = { ca: join(DIR, "ca.crt"), cert: join(DIR, "localhost.crt"), key: join(DIR, "localhost.key") };
/** Written once the clerk was told how to trust the certificate by hand, so that no later start asks again. */
const EXPLAINED = join(DIR, "xep-loai-trust-explained");

/** How to trust the development CA by hand, where it could not be done automatically. */
function trustAdvice(): string {
  return [
    `  Chứng chỉ HTTPS thử nghiệm chưa được tin cậy tự động (cần quyền quản trị máy). Để Excel mở được phần bổ trợ,`,
    `  hãy tin cậy một lần tệp ${FILES.ca}:`,
    `    Windows: nhấp đúp tệp → Install Certificate → Local Machine → Trusted Root Certification Authorities`,
    `    macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain "${FILES.ca}"`,
    `    Linux:   sudo cp "${FILES.ca}" /usr/local/share/ca-certificates/office-addin-dev.crt && sudo update-ca-certificates`,
    `  The development HTTPS certificate is not trusted yet (that needs an administrator): trust ${FILES.ca} once, as above.`,
  ].join("\n");
}

/**
 * HTTPS for https://localhost:3000, which Office requires of a task pane. The development CA is
 * made and trusted by office-addin-dev-certs (it asks for the administrator's consent on Windows and
 * macOS). Where it cannot be trusted automatically (Linux without sudo, a container), the
 * certificates are still made and `trustNote` says once how to trust them by hand; later starts
 * use the files as they are and say nothing.
 */
export async function devCertificates(): Promise<{
  https: { cert: Buffer; key: Buffer };
  trustNote?: string;
}> {
  const files = () => ({ cert: readFileSync(FILES.cert), key: readFileSync(FILES.key) });
  if (existsSync(FILES.cert) && existsSync(FILES.key) && existsSync(EXPLAINED)) return { https: files() };
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { https: { cert: options.cert as Buffer, key: options.key as Buffer } };
  } catch {
    if (!existsSync(FILES.cert) || !existsSync(FILES.key))
      await devCerts.generateCertificates(FILES.ca, FILES.cert, FILES.key);
    writeFileSync(EXPLAINED, "");
    return { https: files(), trustNote: trustAdvice() };
  }
}
