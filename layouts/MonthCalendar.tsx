// Render stage: a month as a calendar grid. Weeks start on the site language's
// first day of the week; days with articles link to their day page and show
// how many there are. Plain table markup, no script.

import type { JSX } from "preact";
import { datePath } from "../src/model/calendar";
import { labelsOf } from "../src/i18n/labels-of";
import type { MonthCalendar as MonthCalendarData } from "../src/model/types";
import { monthWeeks } from "../src/render/calendar-grid";
import { firstDayOfWeek, weekdays } from "../src/render/calendar-text";
import type { RenderContext } from "../src/render/context";
import { dayLabel, monthLabel } from "../src/render/format-date";
import { href } from "../src/render/links";
import { formatNumber } from "../src/render/page-text";

export interface MonthCalendarProps {
  readonly calendar: MonthCalendarData;
  readonly context: RenderContext;
  /** The day this page is about, marked as the current date. */
  readonly current?: number;
}

export function MonthCalendar({ calendar, context, current }: MonthCalendarProps): JSX.Element {
  const { site } = context;
  const { year, month, counts } = calendar;
  const days = weekdays(site);
  const labels = labelsOf(site);
  return (
    <table class="calendar">
      <caption class="calendar__caption">{monthLabel(year, month, site)}</caption>
      <thead>
        <tr>
          {days.map((weekday) => (
            <th key={weekday.weekday} scope="col">
              <span aria-hidden="true">{weekday.short}</span>
              <span class="visually-hidden">{weekday.long}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month, firstDayOfWeek(site)).map((week, row) => (
          <tr key={row}>
            {week.map((day, column) => {
              if (day === undefined) return <td key={column} class="calendar__blank" />;
              const count = counts[day - 1] ?? 0;
              // The number alone is what the eye needs in a grid; a screen reader hears the whole date.
              const date = (
                <span class="calendar__date">
                  <span aria-hidden="true">{formatNumber(day, site.language)}</span>
                  <span class="visually-hidden">{dayLabel(year, month, day, site)}</span>
                </span>
              );
              return (
                <td key={column} class={count > 0 ? "calendar__day calendar__day--articles" : "calendar__day"} aria-current={day === current ? "date" : undefined}>
                  {count > 0 ? (
                    <a href={href(site, datePath(year, month, day))}>
                      {date}
                      <span class="visually-hidden">: </span>
                      <span class="calendar__count">
                        {formatNumber(count, site.language)}
                        <span class="visually-hidden">{labels.articlesAfterNumber(count)}</span>
                      </span>
                    </a>
                  ) : (
                    date
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
