import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import devCerts from "office-addin-dev-certs";

/** Where office-addin-dev-certs keeps its certificates (the same folder every Office add-in tool uses). */
const DIR = join(homedir(), ".office-addin-dev-certs");
const FILES = { ca: join(DIR, "ca.crt"), cert: join(DIR, "localhost.crt"), key: join(DIR, "localhost.key") };

/**
 * HTTPS for https://localhost:3000, which Office requires of a task pane. The development CA is
 * made and trusted by office-addin-dev-certs (it asks for the administrator's consent on Windows and
 * macOS). Where it cannot be trusted automatically (Linux without sudo, a container), the
 * certificates are still made and `trustNote` says which file to trust by hand.
 */
export async function devCertificates(): Promise<{
  https: { cert: Buffer; key: Buffer };
  trustNote?: string;
}> {
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { https: { cert: options.cert as Buffer, key: options.key as Buffer } };
  } catch (error) {
    if (!existsSync(FILES.cert) || !existsSync(FILES.key))
      await devCerts.generateCertificates(FILES.ca, FILES.cert, FILES.key);
    return {
      https: { cert: readFileSync(FILES.cert), key: readFileSync(FILES.key) },
      trustNote: `${FILES.ca} (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
    };
  }
}
