/**
 * `workbook.customXmlParts` (ExcelApi 1.5) as Office.js gives it: the collection (`add`,
 * `getByNamespace`, `getItem`, `getItemOrNullObject`, `getCount`, `items`), the collection scoped to
 * a namespace (the same, with `getOnlyItem` and `getOnlyItemOrNullObject`) and the part (`id`,
 * `namespaceUri`, `getXml`, `setXml`, `delete`). Browser-safe.
 */
import { ClientObject, Collection, NOT_SYNCED, type PropertySpec } from "./batch.js";
import { HostError } from "./hostError.js";
import { rootNamespace, type Workbook, type XmlPart } from "./workbook.js";

/**
 * What a method returning a value gives (`getXml`, `getCount`): `value` after the sync, the host's
 * not-synced sentinel before it.
 */
export class ClientResult<T> {
  private result: { value: T } | undefined;

  get value(): T | string {
    return this.result ? this.result.value : NOT_SYNCED;
  }

  settle(value: T): void {
    this.result = { value };
  }
}

interface PartTarget {
  book: Workbook;
  part: XmlPart;
}

function live(target: PartTarget): XmlPart {
  if (target.part.deleted) throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
  return target.part;
}

const PART_SPECS: Readonly<Record<string, PropertySpec<PartTarget>>> = {
  id: { read: (t) => live(t).id },
  namespaceUri: { read: (t) => live(t).namespaceUri },
};

export class CustomXmlPart extends ClientObject<PartTarget> {
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.batch.enqueue({ id: this.ref, method: "getXml", args: [] }, () => {
      const xml = live(this.resolveTarget()).xml;
      return { response: xml, commit: () => result.settle(xml) };
    });
    return result;
  }

  setXml(xml: string): void {
    this.call("setXml", [xml], (t) => {
      const part = live(t);
      part.namespaceUri = rootNamespace(xml);
      part.xml = xml;
    });
  }

  delete(): void {
    this.call("delete", [], (t) => t.book.deleteXmlPart(live(t)));
  }
}
ClientObject.expose(CustomXmlPart, PART_SPECS);

/** What both collections share: parts found by id, counted, listed. */
abstract class PartCollection<O extends object> extends Collection<O, PartTarget, CustomXmlPart> {
  protected readonly itemSpecs = PART_SPECS;

  protected abstract parts(owner: O): XmlPart[];
  protected abstract bookOf(owner: O): Workbook;

  protected list(owner: O): PartTarget[] {
    return this.parts(owner).map((part) => ({ book: this.bookOf(owner), part }));
  }

  protected item(target: PartTarget): CustomXmlPart {
    return new CustomXmlPart(this.batch, { known: target });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.batch.enqueue({ id: this.ref, method: "getCount", args: [] }, () => {
      const count = this.parts(this.resolveTarget()).length;
      return { response: count, commit: () => result.settle(count) };
    });
    return result;
  }

  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(
      this.batch,
      this.created("getItem", [id], (owner) => {
        const found = this.find(owner, id);
        if (!found) throw new HostError("ItemNotFound", `There is no custom XML part ${id}.`);
        return found;
      }),
    );
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    return new CustomXmlPart(
      this.batch,
      this.created("getItemOrNullObject", [id], (owner) => this.find(owner, id)),
    );
  }

  private find(owner: O, id: string): PartTarget | null {
    const part = this.parts(owner).find((p) => p.id === id);
    return part ? { book: this.bookOf(owner), part } : null;
  }
}

interface Scope {
  book: Workbook;
  namespaceUri: string;
}

export class CustomXmlPartScopedCollection extends PartCollection<Scope> {
  protected parts(scope: Scope): XmlPart[] {
    return scope.book.xmlParts.filter((p) => p.namespaceUri === scope.namespaceUri);
  }

  protected bookOf(scope: Scope): Workbook {
    return scope.book;
  }

  /** The one part of the namespace; fails when there is none or more than one. */
  getOnlyItem(): CustomXmlPart {
    return new CustomXmlPart(
      this.batch,
      this.created("getOnlyItem", [], (scope) => {
        const parts = this.parts(scope);
        if (parts.length !== 1)
          throw new HostError(
            "ItemNotFound",
            `${parts.length} custom XML parts in ${scope.namespaceUri}, not one.`,
          );
        return { book: scope.book, part: parts[0]! };
      }),
    );
  }

  /** The one part of the namespace; a null object when there is none or more than one. */
  getOnlyItemOrNullObject(): CustomXmlPart {
    return new CustomXmlPart(
      this.batch,
      this.created("getOnlyItemOrNullObject", [], (scope) => {
        const parts = this.parts(scope);
        return parts.length === 1 ? { book: scope.book, part: parts[0]! } : null;
      }),
    );
  }
}

export class CustomXmlPartCollection extends PartCollection<Workbook> {
  protected parts(book: Workbook): XmlPart[] {
    return book.xmlParts;
  }

  protected bookOf(book: Workbook): Workbook {
    return book;
  }

  /** A new part from its XML text; `InvalidArgument` for text that is not one element. */
  add(xml: string): CustomXmlPart {
    return new CustomXmlPart(
      this.batch,
      this.created("add", [xml], (book) => ({ book, part: book.addXmlPart(xml) })),
    );
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(
      this.batch,
      this.created("getByNamespace", [namespaceUri], (book) => {
        if (typeof namespaceUri !== "string") throw new HostError("InvalidArgument", "A namespace is text.");
        return { book, namespaceUri };
      }),
    );
  }
}
