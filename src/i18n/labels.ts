// Languages: every word the site's interface shows — navigation, page names,
// the article page, listings, pagination, the time navigation, search, the 404
// page, counts — as one typed table per language (en.ts, ko.ts, ar.ts). Dates
// and numbers inside the texts are formatted by the callers in the site's
// language and arrive here as text; counts also arrive as numbers, so a table
// can choose the plural form with Intl.PluralRules (see plural.ts).

/** A count's text: `n` picks the plural form, `count` is n in the site's digits ("1,234"). */
export type CountText = (n: number, count: string) => string;

/**
 * A text partly shown and partly for screen readers only: [read before, shown, read after].
 * "Previous page" shows "Previous" in English, "السابقة" in Arabic, where "الصفحة " comes first.
 */
export type FramedText = readonly [hiddenBefore: string, shown: string, hiddenAfter: string];

/** The archive's places a sentence may link to. */
export type LinkTarget = "topics" | "sources" | "archive";

/** A sentence with links in it, in the order the language puts them: text, or a link's target and words. */
export type LinkedText = readonly (string | { readonly link: LinkTarget; readonly text: string })[];

export interface Labels {
  // The frame of every page
  readonly skipToContent: string;
  /** Name of the main navigation landmark. */
  readonly mainNavigation: string;
  /** The header search box's label and placeholder. */
  readonly searchArticles: string;
  readonly searchButton: string;
  readonly breadcrumb: string;

  // Sections: the navigation, the breadcrumbs and the pages' own names
  readonly latest: string;
  readonly topics: string;
  readonly sources: string;
  readonly archive: string;
  readonly home: string;
  readonly search: string;
  readonly latestArticles: string;
  readonly pageNotFound: string;

  // Counts
  readonly articleCount: CountText;
  readonly topicCount: CountText;
  readonly sourceCount: CountText;
  /** Read after a bare number that the eye needs alone (a calendar cell, a chip): " articles". */
  readonly articlesAfterNumber: (n: number) => string;
  /** "12 topics, A–Z". */
  readonly countAToZ: (count: string) => string;

  // Page titles and descriptions
  /** "North Korea, page 2 of 7" in a <title>. */
  readonly titleWithPage: (heading: string, page: string) => string;
  /** "12 articles about Japan in The Archive. Page 2 of 7." */
  readonly descriptionWithPage: (description: string, page: string) => string;
  readonly homeDescription: (site: string) => string;
  readonly topicDescription: (count: string, topic: string, site: string) => string;
  readonly sourceDescription: (count: string, source: string, site: string) => string;
  readonly periodDescription: (count: string, period: string, site: string) => string;
  readonly topicsDescription: (count: string, site: string) => string;
  readonly sourcesDescription: (count: string, site: string) => string;
  readonly archiveDescription: (site: string) => string;
  readonly searchDescription: (site: string) => string;

  // Pagination
  readonly pagination: string;
  readonly previousPage: FramedText;
  readonly nextPage: FramedText;
  /** Read around a page's number in the list of pages: ["Page ", ""]. */
  readonly pageNumber: readonly [hiddenBefore: string, hiddenAfter: string];
  /** Read between a page's number and the days it covers: ": ". */
  readonly pageSpanSeparator: string;
  /** "page 2 of 7", inside a title after a comma. */
  readonly pageOfPages: (page: string, total: string) => string;
  /** "Page 2 of 7", starting a sentence. */
  readonly pageOfPagesSentence: (page: string, total: string) => string;
  /** "Page 25 of 40: 3–17 June 2006". */
  readonly pageOfPagesWithSpan: (page: string, total: string, span: string) => string;

  // An article's page
  readonly source: string;
  readonly author: string;
  /** Link to a source's own website beside its name. */
  readonly homepage: string;
  readonly moreFrom: (source: string) => string;
  /** Before an article's date of update: "Updated". */
  readonly updated: string;
  readonly olderAndNewer: string;
  readonly older: string;
  readonly newer: string;
  readonly relatedArticles: string;

  // Listings and directories
  readonly noArticlesYet: string;
  readonly noTopicsYet: string;
  readonly noSourcesYet: string;
  readonly sourceHomepage: (source: string) => string;
  readonly mostCoveredHeading: string;
  readonly jumpToLetter: string;

  // Time navigation
  readonly nearbyDates: string;
  readonly allOf: (name: string) => string;
  readonly monthOverviewHeading: string;
  readonly noArticles: string;
  readonly timesInZone: (zone: string) => string;
  readonly volumeTitle: (unit: "year" | "month", from: string, to: string) => string;
  readonly volumeBucket: (label: string, count: string) => string;
  readonly volumeBusiest: (label: string, count: string) => string;
  readonly volumeTotal: (count: string) => string;
  readonly volumeListedBelow: string;
  readonly termYearsHeading: string;
  readonly relatedTopicsHeading: string;
  readonly topicFeed: (topic: string) => string;
  readonly topicYearHeading: (topic: string, year: string) => string;
  readonly topicYearDescription: (count: string, topic: string, year: string, site: string) => string;
  readonly topicYearsNavigation: string;
  readonly onThisDayTitle: string;
  readonly daysOfTheYear: CountText;
  readonly onThisDayHeading: (day: string) => string;
  readonly onThisDayDescription: (count: string, day: string, site: string) => string;
  readonly onThisDayDirectoryDescription: (site: string) => string;
  readonly onThisDayNavigation: string;
  readonly everyDayOfTheYear: string;
  readonly otherYearsLink: (day: string) => string;
  readonly homeOnThisDay: (day: string) => string;
  readonly emptyDay: (day: string) => string;
  readonly emptyMonthOrYear: (period: string) => string;
  readonly nearestWithArticles: string;
  readonly earlier: string;
  readonly later: string;
  readonly emptyPeriodDescription: (period: string, site: string) => string;
  readonly archiveOnThisDay: string;

  // Search
  readonly searchIntro: string;
  readonly searchNoScript: LinkedText;
  /** Shown on the search page when the search index did not load. */
  readonly searchUnavailable: string;
  readonly searchOrderLegend: string;
  readonly searchOrderNewest: string;
  readonly searchOrderRelevance: string;

  // The 404 page
  readonly notFoundText: string;
  readonly notFoundSuggestions: string;
  readonly notFoundLatest: string;
  readonly notFoundTopics: string;
  readonly notFoundArchive: string;
}

/** The name of every label, for messages and for checking a table. */
export type LabelName = keyof Labels;

/** A table that may leave labels out: English stands in for them (see locale.ts). */
export type PartialLabels = Partial<Labels>;
