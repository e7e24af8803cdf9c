// Source of truth for UI strings: [key, Arabic, English, description].
// `npm run locales` writes public/_locales/{ar,en}/messages.json from it; a unit test
// checks the committed files match, so no string exists in one language only.
import { UI_STRINGS } from './locales-ui.mjs';

export const CORE_STRINGS = [
  ['extName', 'كاشف: نماذج الذكاء الاصطناعي في الأخبار', 'Kashif: AI models in the news', 'Extension name'],
  ['extShortName', 'كاشف', 'Kashif', 'Short name'],
  [
    'extDescription',
    'يتعرّف على نماذج الذكاء الاصطناعي وشركاته في الأخبار التقنية العربية ويعرض بطاقات تعريف بها، محليًا دون أي اتصال.',
    'Recognises AI models and companies in Arabic tech news and shows context cards, locally, with no network request.',
    'Store description',
  ],
  ['actionTitle', 'كاشف', 'Kashif', 'Toolbar button tooltip'],
  ['panelTitle', 'كاشف: سياق المقال', 'Kashif: article context', 'Side panel title'],
  ['popupTitle', 'كاشف', 'Kashif', 'Popup title'],
  ['optionsTitle', 'إعدادات كاشف', 'Kashif settings', 'Options page title'],
  ['entitiesOnPage', 'الكيانات في هذه الصفحة', 'Entities on this page', 'Heading of the entity list'],
  ['entityCount', '$COUNT$ كيان', '$COUNT$ entities', 'How many entities; $COUNT$ is a number'],
  ['mentionCount', 'ذُكر $COUNT$ مرة', 'Mentioned $COUNT$ times', 'How many times the article names it'],
  [
    'noEntities',
    'لم يُعثر على نماذج أو شركات في هذه الصفحة.',
    'No models or companies found on this page.',
    'Empty state',
  ],
  [
    'waitingForPage',
    'افتح مقالًا تقنيًا عربيًا ليظهر هنا ما يذكره.',
    'Open an Arabic tech article to see what it names here.',
    'Panel before any report',
  ],
  [
    'notAnArticle',
    'هذه الصفحة ليست مقالًا إخباريًا تقنيًا عربيًا.',
    'This page is not an Arabic tech-news article.',
    'Status',
  ],
  ['kind_organization', 'شركة أو جهة', 'Company or organisation', 'Entity kind'],
  ['kind_model', 'نموذج', 'Model', 'Entity kind'],
  ['kind_family', 'عائلة نماذج', 'Model family', 'Entity kind'],
  ['kind_product', 'منتج', 'Product', 'Entity kind'],
  [
    'privacyNote',
    'كل شيء يعمل داخل متصفحك: لا يغادره شيء مما تقرؤه.',
    'Everything runs in your browser: nothing you read leaves it.',
    'Privacy note',
  ],
  [
    'dataCredit',
    'البيانات: Epoch AI، «Data on AI Models»، منشورة على epoch.ai ‏(https://epoch.ai/data/ai-models)، برخصة CC BY 4.0؛ وقائمة models.dev برخصة MIT.',
    "Data: Epoch AI, 'Data on AI Models', published online at epoch.ai (https://epoch.ai/data/ai-models), CC BY 4.0; and models.dev's list, MIT.",
    'Data credits',
  ],
  ['badgeOpen', 'مفتوح الأوزان', 'Open weights', 'Badge of an open-weights model'],
  ['badgeClosed', 'مغلق', 'Closed', 'Badge of a closed model'],
  ['fieldReleased', 'الإصدار', 'Released', 'Card field'],
  ['fieldDeveloper', 'المطوّر', 'Developer', 'Card field'],
  ['fieldCountry', 'البلد', 'Country', 'Card field'],
  ['moreInPanel', 'المزيد', 'More', 'Hover card button that opens the side panel'],
  [
    'openSidebarHint',
    'افتح الشريط الجانبي من زر كاشف في شريط الأدوات أو بالاختصار Alt+Shift+L',
    'Open the sidebar from the Kashif toolbar button or with Alt+Shift+L',
    'Firefox: a page click cannot open the sidebar',
  ],
  ['cmdOpenPanel', 'فتح لوحة كاشف الجانبية', 'Open the Kashif side panel', 'Keyboard command'],
  ['cmdNextMention', 'الانتقال إلى الإشارة التالية', 'Go to the next mention', 'Keyboard command'],
  ['cmdPrevMention', 'الانتقال إلى الإشارة السابقة', 'Go to the previous mention', 'Keyboard command'],
  ['menuLookUp', 'ابحث في كاشف عن «%s»', 'Look up “%s” in Kashif', 'Context menu on a selection; %s is the selection'],
];

export const STRINGS = [...CORE_STRINGS, ...UI_STRINGS];
