import type { Catalog } from './messages';

/** The event a catalog script fires at its own `<script>` element, with the catalog as `detail`. @internal */
export const catalogEvent = 'parley:catalog';

/**
 * The body of each `parley.<language>.js` of the script-tag build: hands the catalog to the widget that
 * added the script, through an event on the `<script>` element itself, so that no global is involved.
 * @internal
 */
export function announceCatalog(catalog: Catalog): void {
  document.currentScript?.dispatchEvent(new CustomEvent(catalogEvent, { detail: catalog }));
}
