// UI strings of the side panel, popup and options: [key, Arabic, English, description].
// Merged into scripts/locales.mjs; `npm run locales` regenerates public/_locales.
export const UI_STRINGS = [];
