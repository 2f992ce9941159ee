import type { SaxesTagPlain } from "saxes";

/**
 * The namespaces whose elements the .xlsx readers match by local name: SpreadsheetML (transitional
 * and strict) and the package relationships.
 */
const OOXML_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
]);

const DECLARATION = "xmlns:";

/** Whether `qualified`, its colon at `colon`, is named under the prefix of `binding`. */
const named = (qualified: string, colon: number, binding: Binding) =>
  colon === binding.prefix.length && qualified.startsWith(binding.prefix);

/** How many prefixes' bindings are remembered before they are forgotten, all at once. */
const REMEMBERED_PREFIXES = 16;

/**
 * For one prefix, the open elements at which its binding is known, by depth, and whether it is
 * bound there to an OOXML namespace. An entry holds while the element it names is the one open at
 * its depth: saxes gives each element a tag of its own.
 */
interface Binding {
  prefix: string;
  /** The attribute that declares the prefix. */
  declaration: string;
  /** The root binds the prefix to another namespace: its elements keep their qualified names throughout. */
  foreign: boolean;
  tags: SaxesTagPlain[];
  ooxml: boolean[];
}

const bindingOf = (prefix: string, foreign = false): Binding => ({
  prefix,
  foreign,
  // Made a property key (internalized), as the attributes' own keys are: each element's attributes
  // are looked up by it, and a string made by `+` would be hashed and matched again at each lookup.
  declaration: Object.keys({ [DECLARATION + prefix]: 0 })[0]!,
  tags: [],
  ooxml: [],
});

/**
 * The name a reader matches an element by, whatever prefix the part binds to its namespace: Excel
 * writes SpreadsheetML unprefixed, the OpenXML SDK as `x:sheet`, Python's ElementTree as `ns0:si`,
 * other writers bind the prefix lower down (`<x:row xmlns:x=…>` in a sheet of unprefixed elements).
 * A prefixed element goes by its local name when its prefix is bound, on it or on the nearest
 * element around it that declares the prefix, to an OOXML namespace; otherwise (`xm:f` in a sheet's
 * extensions, `table:table-row` in an .ods, a prefix declared nowhere) it keeps its qualified name,
 * so that no reader takes it for one of its own.
 *
 * An unprefixed name passes as it is, whatever default namespace is in scope: it costs the sheet
 * reader's hot path (every part Excel writes) an `indexOf` at its open and at its close and a place
 * on the stack of open elements, and no attribute is read. A default namespace rebound below the
 * root to another namespace is not honoured; Excel writes its own extensions prefixed, and a file
 * that hides a foreign `<row>` that way could as well write a plain one.
 *
 * A prefix's binding is looked for from the element out, and remembered for each element passed,
 * so that the next element under that prefix stops at its nearest ancestor already passed. A prefix
 * the root binds to another namespace is not looked for at all (an .ods's `table:` and `text:`, on
 * each of its millions of elements): its elements keep their qualified names even where an element
 * below binds it again to SpreadsheetML, which no writer does; a name is never taken for
 * SpreadsheetML's that is not.
 */
export class ElementNames {
  /** How many elements are open. */
  depth = 0;
  /** The open elements, outermost first; entries past `depth` are stale. */
  private readonly tags: SaxesTagPlain[] = [];
  /** The name each open prefixed element was given. */
  private readonly names: string[] = [];
  private readonly bindings = new Map<string, Binding>();
  /** The bindings of the last prefix an element was named under and of the one before (an .ods's `table:` and `text:`). */
  private last = bindingOf("");
  private before = bindingOf("");

  /** The name of an element that opens inside those open. */
  open(tag: SaxesTagPlain): string {
    const qualified = tag.name;
    const at = this.depth++;
    this.tags[at] = tag;
    const colon = qualified.indexOf(":");
    if (colon < 0) return qualified;
    if (!named(qualified, colon, this.last)) this.use(qualified, colon);
    const local = !this.last.foreign && this.boundToOoxml(at);
    return (this.names[at] = local ? qualified.slice(colon + 1) : qualified);
  }

  /** The name of `tag`, the innermost open element, which closes. */
  close(tag: SaxesTagPlain): string {
    const at = --this.depth;
    return tag.name.indexOf(":") < 0 ? tag.name : this.names[at]!;
  }

  /** Makes the binding of the prefix of `qualified` the last. */
  private use(qualified: string, colon: number): void {
    const last = this.last;
    if (named(qualified, colon, this.before)) this.last = this.before;
    else {
      const prefix = qualified.slice(0, colon);
      let binding = this.bindings.get(prefix);
      if (!binding) {
        // A part of countless prefixes must not grow this without bound.
        if (this.bindings.size === REMEMBERED_PREFIXES) this.bindings.clear();
        const atRoot = this.tags[0]!.attributes[DECLARATION + prefix];
        binding = bindingOf(prefix, atRoot !== undefined && !OOXML_NAMESPACES.has(atRoot));
        this.bindings.set(prefix, binding);
      }
      this.last = binding;
    }
    this.before = last;
  }

  /** Whether the last prefix used is bound to an OOXML namespace at the element open at `at`. */
  private boundToOoxml(at: number): boolean {
    const { tags, last: binding } = this;
    const declaration = binding.declaration;
    let from = at;
    let ooxml = false;
    for (; from >= 0; from--) {
      const tag = tags[from]!;
      if (binding.tags[from] === tag) {
        ooxml = binding.ooxml[from]!;
        break;
      }
      const namespace = tag.attributes[declaration];
      if (namespace !== undefined) {
        ooxml = OOXML_NAMESPACES.has(namespace);
        break;
      }
    }
    // No element between the one that decided and this one declares the prefix.
    for (let i = Math.max(from, 0); i <= at; i++) {
      binding.tags[i] = tags[i]!;
      binding.ooxml[i] = ooxml;
    }
    return ooxml;
  }
}
