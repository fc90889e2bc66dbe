// Languages: the Arabic labels (Modern Standard Arabic), written right to
// left. A counted noun takes one of six forms: none, one (مقال واحد), two
// (مقالان), 3–10 (مقالات), 11–99 (مقالًا) and the rest (مقال).

import type { CountText, Labels } from "./labels";
import { plural } from "./plural";

/** The forms of a counted noun, from "no X" to "100 X". */
interface NounForms {
  readonly none: string;
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}

const counted = (forms: NounForms): CountText => (n, count) =>
  plural("ar", n, {
    zero: forms.none,
    one: forms.one,
    two: forms.two,
    few: `${count} ${forms.few}`,
    many: `${count} ${forms.many}`,
    other: `${count} ${forms.other}`,
  });

export const ar: Labels = {
  skipToContent: "انتقل إلى المحتوى",
  mainNavigation: "القائمة الرئيسية",
  searchArticles: "ابحث في المقالات",
  searchButton: "بحث",
  breadcrumb: "مسار التنقل",

  latest: "الأحدث",
  topics: "المواضيع",
  sources: "المصادر",
  archive: "الأرشيف",
  home: "الرئيسية",
  search: "بحث",
  latestArticles: "أحدث المقالات",
  pageNotFound: "الصفحة غير موجودة",

  articleCount: counted({ none: "لا مقالات", one: "مقال واحد", two: "مقالان", few: "مقالات", many: "مقالًا", other: "مقال" }),
  topicCount: counted({ none: "لا مواضيع", one: "موضوع واحد", two: "موضوعان", few: "مواضيع", many: "موضوعًا", other: "موضوع" }),
  sourceCount: counted({ none: "لا مصادر", one: "مصدر واحد", two: "مصدران", few: "مصادر", many: "مصدرًا", other: "مصدر" }),
  articlesAfterNumber: (n) => plural("ar", n, { two: " مقالان", few: " مقالات", many: " مقالًا", other: " مقال" }),
  countAToZ: (count) => `${count}، بالترتيب الأبجدي`,

  titleWithPage: (heading, page) => `${heading}، ${page}`,
  descriptionWithPage: (description, page) => `${description} ${page}.`,
  homeDescription: (site) => `أحدث المقالات في ${site}.`,
  topicDescription: (count, topic, site) => `${count} عن ${topic} في ${site}.`,
  sourceDescription: (count, source, site) => `${count} من ${source} في ${site}.`,
  periodDescription: (count, period, site) => `${count} من ${period} في ${site}.`,
  topicsDescription: (count, site) => `${count} في ${site}، بالترتيب الأبجدي.`,
  sourcesDescription: (count, site) => `${count} في ${site}، بالترتيب الأبجدي.`,
  archiveDescription: (site) => `كل سنة وكل شهر في ${site}، مع عدد المقالات في كل منها.`,
  searchDescription: (site) => `ابحث في كل مقالات ${site} بأي كلمة، ثم ضيّق النتائج حسب الموضوع أو المصدر أو السنة.`,

  pagination: "الصفحات",
  previousPage: ["الصفحة ", "السابقة", ""],
  nextPage: ["الصفحة ", "التالية", ""],
  pageNumber: ["الصفحة ", ""],
  pageSpanSeparator: ": ",
  pageOfPages: (page, total) => `الصفحة ${page} من ${total}`,
  pageOfPagesSentence: (page, total) => `الصفحة ${page} من ${total}`,
  pageOfPagesWithSpan: (page, total, span) => `الصفحة ${page} من ${total}: ${span}`,

  source: "المصدر",
  author: "الكاتب",
  homepage: "الموقع الرسمي",
  moreFrom: (source) => `المزيد من ${source}`,
  updated: "آخر تحديث",
  olderAndNewer: "المقالات الأقدم والأحدث",
  older: "الأقدم",
  newer: "الأحدث",
  relatedArticles: "مقالات ذات صلة",

  noArticlesYet: "لا توجد مقالات بعد.",
  noTopicsYet: "لا توجد مواضيع بعد.",
  noSourcesYet: "لا توجد مصادر بعد.",
  sourceHomepage: (source) => `موقع ${source}`,
  mostCoveredHeading: "الأكثر تغطية",
  jumpToLetter: "انتقل إلى حرف",

  nearbyDates: "تواريخ قريبة",
  allOf: (name) => `كل مقالات ${name}`,
  monthOverviewHeading: "شهرًا بشهر",
  noArticles: "لا مقالات",
  timesInZone: (zone) => `الأوقات بتوقيت ${zone}.`,
  volumeTitle: (unit, from, to) => `عدد المقالات في كل ${unit === "year" ? "سنة" : "شهر"}، ${from === to ? from : `من ${from} إلى ${to}`}`,
  volumeBucket: (label, count) => `${label}: ${count}`,
  volumeBusiest: (label, count) => `الأعلى: ${label}، ${count}.`,
  volumeTotal: (count) => `المجموع: ${count}.`,
  volumeListedBelow: "عدد المقالات في كل شهر مذكور أدناه.",
  termYearsHeading: "حسب السنة",
  relatedTopicsHeading: "مواضيع ذات صلة",
  topicFeed: (topic) => `موجز Atom: ${topic}`,
  topicYearHeading: (topic, year) => `${topic} في ${year}`,
  topicYearDescription: (count, topic, year, site) => `${count} عن ${topic} من ${year} في ${site}.`,
  topicYearsNavigation: "سنوات هذا الموضوع",
  onThisDayTitle: "في مثل هذا اليوم",
  daysOfTheYear: counted({
    none: "لا أيام من السنة",
    one: "يوم واحد من السنة",
    two: "يومان من السنة",
    few: "أيام من السنة",
    many: "يومًا من السنة",
    other: "يوم من السنة",
  }),
  onThisDayHeading: (day) => `في ${day}`,
  onThisDayDescription: (count, day, site) => `${count} بتاريخ ${day} من أي عام، في ${site}.`,
  onThisDayDirectoryDescription: (site) => `كل أيام السنة التي فيها مقالات في ${site}، من أي عام.`,
  onThisDayNavigation: "أيام قريبة من السنة",
  everyDayOfTheYear: "كل أيام السنة",
  otherYearsLink: (day) => `${day} في سنوات أخرى`,
  homeOnThisDay: (day) => `في ${day} من السنوات السابقة`,
  emptyDay: (day) => `لا توجد مقالات في ${day}.`,
  emptyMonthOrYear: (period) => `لا توجد مقالات في ${period}.`,
  nearestWithArticles: "أقرب التواريخ التي فيها مقالات:",
  earlier: "السابق",
  later: "اللاحق",
  emptyPeriodDescription: (period, site) => `لا توجد في ${site} مقالات من ${period}؛ وتدلّك هذه الصفحة على أقرب التواريخ التي فيها مقالات.`,
  archiveOnThisDay: "تصفّح حسب يوم السنة: في مثل هذا اليوم من كل عام",

  searchIntro: "ابحث عن المقالات بأي كلمة وردت فيها، ثم ضيّق النتائج حسب الموضوع أو المصدر أو السنة.",
  searchNoScript: [
    "يحتاج البحث إلى JavaScript، وهي معطّلة في هذا المتصفح. ومع ذلك يمكنك العثور على كل مقال حسب ",
    { link: "topics", text: "الموضوع" },
    " أو ",
    { link: "sources", text: "المصدر" },
    " أو في ",
    { link: "archive", text: "الأرشيف حسب التاريخ" },
    ".",
  ],
  searchUnavailable: "البحث غير متاح الآن: تعذّر تحميل فهرس البحث.",
  searchOrderLegend: "ترتيب النتائج",
  searchOrderNewest: "الأحدث أولًا",
  searchOrderRelevance: "الأكثر صلة",

  notFoundText: "عذرًا، لا يوجد شيء على هذا العنوان. ربما نُقل المقال، أو ربما كُتب الرابط خطأً.",
  notFoundSuggestions: "يمكنك أن تجرّب إحدى هذه الصفحات بدلًا من ذلك:",
  notFoundLatest: "أحدث المقالات",
  notFoundTopics: "كل المواضيع بالترتيب الأبجدي",
  notFoundArchive: "الأرشيف حسب السنة والشهر",
};
