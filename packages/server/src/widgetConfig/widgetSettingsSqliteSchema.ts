/**
 * Widget settings beyond brand and greeting (identity secret and verification, bot, forms, limits,
 * business hours, triggers), run once by the store's second migration. They are one JSON object per
 * widget: the engine always reads them whole with the widget, and a store gives back exactly what it was
 * seeded with.
 * @internal
 */
export const widgetSettingsSqliteSchema = `
  ALTER TABLE widgets ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'; -- JSON object, see Widget
`;
