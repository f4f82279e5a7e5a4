/**
 * Whether focus is nowhere a visitor put it: lost to the page's `<body>` (the control that held it went away
 * with its view), or parked on the panel itself, where the widget keeps it while a view changes. A view
 * that arrives may then take it (its heading, its first field); focus anywhere else is the visitor's.
 * @internal
 */
export function focusIsParked(node: Node): boolean {
  // In a shadow root, a lost focus leaves the root's activeElement empty and the document's on <body>.
  const active =
    (node.getRootNode() as Document | ShadowRoot).activeElement ?? node.ownerDocument?.activeElement;
  return !active || active === node.ownerDocument?.body || active.classList.contains('parley-panel');
}
