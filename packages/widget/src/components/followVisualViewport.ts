const properties = ['top', 'left', 'width', 'height'] as const;

/**
 * Keeps the visual viewport's rectangle (the part of the page the visitor actually sees: above an
 * on-screen keyboard, inside a pinch zoom) in custom properties of `element` (`--_viewport-top`, `-left`,
 * `-width`, `-height`, in px), where the full-screen panel's styles read it. A fixed element alone
 * follows the layout viewport, which the keyboard does not shrink on iOS, nor on Android since Chrome 108:
 * the composer would sit under the keyboard. Nothing of the host page (its `<body>`, its scroll) is touched.
 * Does nothing in browsers without `visualViewport`, where the panel simply fills the layout viewport.
 *
 * @returns stops following and removes the properties.
 * @internal
 */
export function followVisualViewport(element: HTMLElement): () => void {
  const viewport = element.ownerDocument.defaultView?.visualViewport;
  if (!viewport) return () => {};
  const place = () => {
    const rect = {
      top: viewport.offsetTop,
      left: viewport.offsetLeft,
      width: viewport.width,
      height: viewport.height,
    };
    for (const name of properties) element.style.setProperty(`--_viewport-${name}`, `${rect[name]}px`);
  };
  place();
  // Both fire at most once a frame: while the keyboard slides in, while the page scrolls under a zoom.
  viewport.addEventListener('resize', place);
  viewport.addEventListener('scroll', place);
  return () => {
    viewport.removeEventListener('resize', place);
    viewport.removeEventListener('scroll', place);
    for (const name of properties) element.style.removeProperty(`--_viewport-${name}`);
  };
}
