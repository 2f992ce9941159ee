import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { ElementNames } from "./elementNames.js";
import type { Namespaces } from "./namespaces.js";
import { READER_LIMITS } from "./readerLimits.js";
import { UnreadableWorkbookError } from "./unreadable.js";

/**
 * What a reader of one XML part listens to; text comes with CDATA sections as text. `name` is the
 * element's name as `ElementNames` gives it: a SpreadsheetML element's local name, whatever its prefix.
 */
export interface XmlHandlers {
  open(tag: SaxesTagPlain, name: string): void;
  close(name: string): void;
  text?(text: string): void;
}

/** yauzl's words for a part that inflates past the size its central directory declared (a cut-short part is "not enough bytes": damaged). */
const LYING_SIZE = /too many bytes/i;

function asUnreadable(error: unknown, part: string): UnreadableWorkbookError {
  if (error instanceof UnreadableWorkbookError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (LYING_SIZE.test(message)) return new UnreadableWorkbookError("part-too-large", `${part}: ${message}`);
  return new UnreadableWorkbookError("damaged", `${part}: ${message}`);
}

/**
 * Streams one XML part through saxes, chunk by chunk as it inflates, with no temporary file; the
 * elements of `namespaces` are named by their local name (`ElementNames`). A
 * DOCTYPE is refused as soon as it is parsed: saxes expands no entity a document declares, but an
 * XML bomb, an external entity or a parameter entity all need one, and no Office part has one.
 */
export async function parseXmlPart(
  stream: Readable,
  part: string,
  namespaces: Namespaces,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("doctype", () => {
    throw new UnreadableWorkbookError("xml-doctype", part);
  });
  const names = new ElementNames(part, namespaces);
  parser.on("opentag", (tag) => {
    if (names.depth === READER_LIMITS.maxXmlDepth)
      throw new UnreadableWorkbookError(
        "damaged",
        `${part}: XML nested over ${READER_LIMITS.maxXmlDepth} deep`,
      );
    handlers.open(tag, names.open(tag));
  });
  parser.on("closetag", (tag) => handlers.close(names.close(tag)));
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  const decoder = new StringDecoder("utf8");
  try {
    for await (const chunk of stream) parser.write(decoder.write(chunk as Buffer));
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    throw asUnreadable(error, part);
  } finally {
    stream.destroy();
  }
}
