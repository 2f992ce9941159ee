import type { SaxesTagPlain } from "saxes";
import type { Namespaces } from "./namespaces.js";
import { READER_LIMITS } from "./readerLimits.js";
import { UnreadableWorkbookError } from "./unreadable.js";

const DECLARATION = "xmlns:";

/** A prefixed name as last seen: its prefix, and whether the root binds that prefix to a namespace not the part's. */
interface SeenName {
  qualified: string;
  prefix: string;
  foreign: boolean;
}

/** A prefix's declaration on an open element: the element's depth, and whether it binds one of the part's namespaces. */
interface Declaration {
  depth: number;
  matched: boolean;
}

/**
 * The name a reader matches an element by, whatever prefix the part binds to its namespace: Excel
 * writes SpreadsheetML unprefixed, the OpenXML SDK as `x:sheet`, Python's ElementTree as `ns0:si`,
 * other writers bind the prefix lower down (`<x:row xmlns:x=…>` in a sheet of unprefixed elements).
 * A prefixed element goes by its local name when its prefix is bound, on it or on the nearest
 * element around it that declares the prefix, to one of the part's namespaces (SpreadsheetML in a
 * sheet, the package relationships in a `.rels`: `namespaces.ts`); otherwise (`xm:f` in a sheet's
 * extensions, `table:table-row` in an .ods, a prefix declared nowhere) it keeps its qualified name,
 * so that no reader takes it for one of its own.
 *
 * An unprefixed name passes as it is, whatever default namespace is in scope: it costs the sheet
 * reader's hot path (every part Excel writes) an `indexOf` at its open and at its close and a place
 * on the stack of open elements, and no attribute is read. A default namespace rebound below the
 * root to another namespace is not honoured; Excel writes its own extensions prefixed, and a file
 * that hides a foreign `<row>` that way could as well write a plain one.
 *
 * Declarations are read when a prefixed element opens, on each open element not yet read, and kept
 * on a stack per prefix until their element closes: each element's attributes are read at most
 * once, and a prefix's binding is the top of its stack, however deep the element and however many
 * prefixes the part uses. A prefix the root binds to another namespace is not looked for below (an
 * .ods's `table:` and `text:`, on each of its millions of elements): its elements keep their
 * qualified names even where an element below binds it again to SpreadsheetML, which no writer does;
 * a name is never taken for SpreadsheetML's that is not.
 */
export class ElementNames {
  /** `part` names the part in the detail of a refusal; `namespaces` are those its reader matches by local name. */
  constructor(
    private readonly part: string,
    private readonly namespaces: Namespaces,
  ) {}

  /** How many elements are open. */
  depth = 0;
  /** The open elements, outermost first; entries past `depth` are stale. */
  private readonly tags: SaxesTagPlain[] = [];
  /** The name each open prefixed element was given. */
  private readonly names: string[] = [];
  /** How many of the outermost open elements have had their declarations read. */
  private read = 0;
  /** The prefixes each read element declares, by depth (undefined when none). */
  private readonly declared: (string[] | undefined)[] = [];
  /** Each prefix's declarations on the open elements, innermost last; a prefix with none has no entry. */
  private readonly scopes = new Map<string, Declaration[]>();
  /** Declarations read so far in the part. */
  private declarations = 0;
  /** The last two prefixed names seen: a part repeats a few names millions of times (an .ods's `table:table-cell` and `text:p`). */
  private last: SeenName = { qualified: "", prefix: "", foreign: false };
  private before: SeenName = { qualified: "", prefix: "", foreign: false };

  /** The name of an element that opens inside those open. */
  open(tag: SaxesTagPlain): string {
    const qualified = tag.name;
    const at = this.depth++;
    this.tags[at] = tag;
    const colon = qualified.indexOf(":");
    if (colon < 0) return qualified;
    const seen = this.seen(qualified, colon);
    if (seen.foreign) return (this.names[at] = qualified);
    this.readDeclarationsTo(at);
    const scope = this.scopes.get(seen.prefix);
    const matched = scope !== undefined && scope[scope.length - 1]!.matched;
    return (this.names[at] = matched ? qualified.slice(colon + 1) : qualified);
  }

  /** The name of `tag`, the innermost open element, which closes. */
  close(tag: SaxesTagPlain): string {
    const at = --this.depth;
    if (at < this.read) {
      this.read = at;
      const prefixes = this.declared[at];
      if (prefixes !== undefined) {
        this.declared[at] = undefined;
        for (const prefix of prefixes) {
          const scope = this.scopes.get(prefix)!;
          scope.pop();
          if (scope.length === 0) this.scopes.delete(prefix);
        }
      }
    }
    return tag.name.indexOf(":") < 0 ? tag.name : this.names[at]!;
  }

  /** A prefixed name's prefix, and whether the root binds it to another namespace. */
  private seen(qualified: string, colon: number): SeenName {
    if (qualified === this.last.qualified) return this.last;
    const seen =
      qualified === this.before.qualified
        ? this.before
        : this.firstSeen(qualified, qualified.slice(0, colon));
    this.before = this.last;
    return (this.last = seen);
  }

  private firstSeen(qualified: string, prefix: string): SeenName {
    // `<:row>` and `<xmlns:row>` name no namespace: kept as they are, never taken for SpreadsheetML.
    if (prefix === "" || prefix === "xmlns") return { qualified, prefix, foreign: true };
    if (this.read === 0) this.readDeclarations(0);
    const scope = this.scopes.get(prefix);
    return { qualified, prefix, foreign: scope !== undefined && scope[0]!.depth === 0 && !scope[0]!.matched };
  }

  /** Reads the declarations of the open elements down to the one at `at`. */
  private readDeclarationsTo(at: number): void {
    while (this.read <= at) this.readDeclarations(this.read);
  }

  private readDeclarations(depth: number): void {
    const attributes = this.tags[depth]!.attributes;
    let prefixes: string[] | undefined;
    for (const attribute in attributes)
      if (attribute.startsWith(DECLARATION)) {
        if (++this.declarations > READER_LIMITS.maxPrefixDeclarations)
          throw new UnreadableWorkbookError(
            "damaged",
            `${this.part}: over ${READER_LIMITS.maxPrefixDeclarations} namespace prefixes declared`,
          );
        const prefix = attribute.slice(DECLARATION.length);
        const declaration = { depth, matched: this.namespaces.has(attributes[attribute]!) };
        const scope = this.scopes.get(prefix);
        if (scope === undefined) this.scopes.set(prefix, [declaration]);
        else scope.push(declaration);
        (prefixes ??= []).push(prefix);
      }
    this.declared[depth] = prefixes;
    this.read = depth + 1;
  }
}
