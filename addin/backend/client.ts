/**
 * The task pane's client of the back end (functions/): typed answers of the contract in shared/api/, the caller's language, and
 * every failure as one `ApiError`. Browser-safe: it uses `fetch` and nothing from Node.
 */
import type {
  ConsolidatedAnswer,
  MeAnswer,
  PopulationQuota,
  ReceiptAnswer,
  ReportModelAnswer,
  Role,
  SubmissionAnswer,
} from "../../shared/api/answers.js";
import type { Lang } from "../../shared/i18n.js";
import type { ReportModel } from "../../shared/report/index.js";
import type { Submission } from "../../shared/submission/schema.js";
import { ApiError, errorOf, networkError, unreadableAnswer } from "./problem.js";

// The task pane imports what it needs of the back end from here.
export { ApiError } from "./problem.js";
export type { FieldProblem } from "./problem.js";
export type {
  ConsolidatedAnswer as Consolidated,
  MeAnswer as Me,
  PopulationQuota,
  SubmissionAnswer as StoredSubmission,
};

export interface ApiClientOptions {
  /** The API's root, `/api` included: `http://127.0.0.1:7071/api`, `https://func-api-….azurewebsites.net/api`. */
  baseUrl: string;
  /** A bearer token for the API: MSAL's in production, a development token locally. */
  getToken: () => Promise<string>;
  /** The language of the server's messages and of ours. */
  lang: Lang;
}

/** What a submission's answer gives the clerk: the version stored, when, and the figures worked out. */
export interface Receipt extends ReceiptAnswer {
  /** 201 for the unit's first version, 200 for a replacement (and for a replay of either). */
  status: 200 | 201;
}

export interface SubmissionOptions {
  /** The ETag of the version this one replaces; absent for the first. `*` replaces whatever is there. */
  ifMatch?: string;
  /** One per submission the clerk makes, the same on every retry of it, so it is applied once. */
  idempotencyKey: string;
}

interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Whether to send the bearer token (every route but the development token's). */
  signedIn?: boolean;
}

export class ApiClient {
  private readonly baseUrl: string;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
  }

  /** Who the signed-in account is: its unit and roles (a reviewer sees the consolidated views). */
  me(): Promise<MeAnswer> {
    return this.json("GET", "/me");
  }

  /**
   * The unit's latest version with its ETag (in the body: in Azure the header cannot be read across
   * origins, see docs/deploy.md), or undefined when the unit has not submitted this year.
   */
  async getSubmission(year: number, unitId: string): Promise<SubmissionAnswer | undefined> {
    try {
      return await this.json<SubmissionAnswer>("GET", `${period(year, unitId)}/submission`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Sends the unit's people. A stale `ifMatch` is an ApiError with `conflict`; sending again with the
   * same `idempotencyKey` gives the first receipt again and stores nothing more.
   */
  async putSubmission(
    year: number,
    unitId: string,
    body: Submission,
    options: SubmissionOptions,
  ): Promise<Receipt> {
    const response = await this.send("PUT", `${period(year, unitId)}/submission`, {
      body,
      headers: {
        "idempotency-key": options.idempotencyKey,
        ...(options.ifMatch !== undefined ? { "if-match": options.ifMatch } : {}),
      },
    });
    const receipt = await this.read<ReceiptAnswer>(response);
    return { ...receipt, status: response.status === 201 ? 201 : 200 };
  }

  /** The subtree's totals and each child's status (reviewers): every page of children, in order. */
  async getConsolidated(year: number, unitId: string): Promise<ConsolidatedAnswer> {
    const url = `${period(year, unitId)}/consolidated`;
    const first = await this.json<ConsolidatedAnswer>("GET", url);
    const children = [...first.children];
    for (let next = first.next; next !== undefined;) {
      const page = await this.json<ConsolidatedAnswer>("GET", `${url}?after=${encodeURIComponent(next)}`);
      children.push(...page.children);
      next = page.next;
    }
    return { ...first, children, next: undefined };
  }

  /** The consolidated report as the shared model, for the Office.js renderer (reviewers). */
  async getReportModel(year: number, unitId: string): Promise<ReportModel> {
    return (await this.json<ReportModelAnswer>("GET", `${period(year, unitId)}/report.json`)).model;
  }

  /** Development only (the route exists when the back end runs locally): a token for any unit and role. */
  async devToken(who: { sub: string; unitId: string; role: Role }): Promise<string> {
    const answer = await this.json<{ token: string }>("POST", "/dev/token", { body: who, signedIn: false });
    return answer.token;
  }

  private async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return this.read<T>(await this.send(method, path, options));
  }

  /** Sends a request; a 4xx or 5xx answer, or no answer at all, becomes an ApiError. */
  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const { lang } = this.options;
    const headers: Record<string, string> = {
      accept: "application/json",
      "accept-language": lang,
      ...options.headers,
    };
    if (options.signedIn !== false) headers.authorization = `Bearer ${await this.options.getToken()}`;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch {
      throw networkError(lang);
    }
    if (!response.ok) throw await errorOf(response, lang);
    return response;
  }

  private async read<T>(response: Response): Promise<T> {
    try {
      return (await response.json()) as T;
    } catch {
      throw unreadableAnswer(response.status, this.options.lang);
    }
  }
}

const period = (year: number, unitId: string) => `/periods/${year}/units/${encodeURIComponent(unitId)}`;
