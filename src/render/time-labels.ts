// Render stage: every word the time navigation shows — calendars, charts,
// date ranges, topic years, "on this day", empty periods, the headline view
// and the search page's order control — in one table, so that the site can be
// translated by replacing this one object. Dates and numbers inside the texts
// are formatted by the callers (format-date, calendar-text) in the site's language.

export const TIME_LABELS = {
  /** Hidden after a bare number in a calendar cell or a chip, so it is read as a count. */
  articlesAfterNumber: (n: number) => (n === 1 ? " article" : " articles"),

  /** Read before a page number and between it and the page's dates: "Page 25: 3–17 Jun 2006". */
  pageNumberPrefix: "Page ",
  pageSpanSeparator: ": ",
  pageOfPagesWithSpan: (page: string, total: string, span: string) => `Page ${page} of ${total}: ${span}`,

  nearbyDates: "Nearby dates",
  allOf: (name: string) => `All of ${name}`,
  monthOverviewHeading: "Month by month",
  noArticles: "no articles",

  timesInZone: (zone: string) => `Times are ${zone}.`,

  volumeTitle: (unit: "year" | "month", from: string, to: string) =>
    `Articles per ${unit}, ${from === to ? from : `${from} to ${to}`}`,
  volumeBucket: (label: string, count: string) => `${label}: ${count}`,
  volumeBusiest: (label: string, count: string) => `Busiest: ${label}, ${count}.`,
  volumeTotal: (count: string) => `${count} in all.`,
  volumeListedBelow: "Every month is listed with its count below.",

  termYearsHeading: "By year",
  relatedTopicsHeading: "Related topics",
  topicFeed: (name: string) => `Atom feed of ${name}`,
  topicYearHeading: (name: string, year: string) => `${name} in ${year}`,
  topicYearDescription: (count: string, name: string, year: string, site: string) => `${count} about ${name} from ${year} in ${site}.`,
  topicYearsNavigation: "Years of this topic",

  onThisDayTitle: "On this day",
  daysOfTheYear: (n: number, formatted: string) => `${formatted} ${n === 1 ? "day" : "days"} of the year`,
  onThisDayHeading: (day: string) => `On ${day}`,
  onThisDayDescription: (count: string, day: string, site: string) => `${count} published on ${day} in any year, in ${site}.`,
  onThisDayDirectoryDescription: (site: string) => `Every day of the year with articles in ${site}, from any year.`,
  onThisDayNavigation: "Nearby days of the year",
  everyDayOfTheYear: "Every day of the year",
  otherYearsLink: (day: string) => `${day} in other years`,
  homeOnThisDay: (day: string) => `On ${day} in earlier years`,

  emptyDay: (day: string) => `No articles on ${day}.`,
  emptyMonthOrYear: (period: string) => `No articles in ${period}.`,
  nearestWithArticles: "The nearest dates with articles:",
  earlier: "Earlier",
  later: "Later",
  emptyPeriodDescription: (period: string, site: string) => `${site} has no articles from ${period}; this page links the nearest dates that have some.`,

  mostCoveredHeading: "Most covered",

  archiveOnThisDay: "Browse by day of the year: on this day in every year",

  searchOrderLegend: "Order results",
  searchOrderNewest: "Newest first",
  searchOrderRelevance: "Best match",
} as const;
