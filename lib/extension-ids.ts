/** Fixed Firefox add-on id (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'kashif@kashif-extension.org';
