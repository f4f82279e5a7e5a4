/** Widget settings beyond brand and greeting, run by the store's migrations. @internal */
export const widgetSettingsSqliteSchema = '';
