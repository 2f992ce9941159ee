/**
 * What a failed `context.sync()` rejects with, shaped like Office.js's `OfficeExtension.Error`:
 * a `code` such as `ItemNotFound`, `InvalidArgument` or `RequestPayloadSizeLimitExceeded`.
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
