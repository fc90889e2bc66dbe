// domino (turndown's own HTML parser) declares itself as module "domino" and
// leans on the DOM library this project does not load: this declares the
// small surface src/import/html/ uses (version 2.x, as locked).

declare module "@mixmark-io/domino" {
  export interface DomNode {
    readonly nodeType: number;
    readonly nodeName: string;
    readonly parentNode: DomNode | null;
    readonly childNodes: ArrayLike<DomNode>;
    readonly firstChild: DomNode | null;
    readonly nextSibling: DomNode | null;
    textContent: string | null;
    remove(): void;
    replaceWith(...nodes: (DomNode | string)[]): void;
    appendChild<T extends DomNode>(node: T): T;
    insertBefore<T extends DomNode>(node: T, before: DomNode | null): T;
  }

  export interface DomElement extends DomNode {
    readonly tagName: string;
    readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
    readonly children: ArrayLike<DomElement>;
    innerHTML: string;
    readonly outerHTML: string;
    getAttribute(name: string): string | null;
    setAttribute(name: string, value: string): void;
    removeAttribute(name: string): void;
    hasAttribute(name: string): boolean;
    /** undefined, not null, when nothing matches. */
    querySelector(selector: string): DomElement | null | undefined;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
    closest(selector: string): DomElement | null | undefined;
  }

  export interface DomDocument extends DomNode {
    readonly body: DomElement;
    createElement(tag: string): DomElement;
    createTextNode(text: string): DomNode;
    createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
  }

  export function createDocument(html?: string, force?: boolean): DomDocument;
}
