// Render stage tests: breadcrumb trails, including the day an article falls on in the site zone.

import { describe, expect, it } from "vitest";
import type { Listing } from "../../../src/model/types";
import { articleTrail, directoryTrail, listingTrail } from "../../../src/render/breadcrumbs";
import { at, makeSite, makeTopic } from "./fixtures";

describe("articleTrail", () => {
  it.each([
    // 23:30 UTC is the next day in Berlin but not in New York.
    ["Europe/Berlin", "/2023/08/07/", "7 August 2023"],
    ["America/New_York", "/2023/08/06/", "6 August 2023"],
  ])("follows the site zone %s", (timezone, dayPath, dayLabel) => {
    const trail = articleTrail(at("2023-08-06T23:30:00", "UTC"), makeSite({ timezone }));
    expect(trail.map((link) => link.path)).toEqual(["/", "/archive/", "/2023/", "/2023/08/", dayPath]);
    expect(trail.at(-1)?.label).toBe(dayLabel);
    expect(trail[3]?.label).toBe("August 2023");
  });
});

describe("listingTrail", () => {
  const site = makeSite();
  it.each([
    [{ kind: "home" }, []],
    [{ kind: "topic", topic: makeTopic("Weather") }, ["/", "/topics/"]],
    [{ kind: "period", period: { kind: "year", year: 2023, path: "/2023/", count: 1 } }, ["/", "/archive/"]],
    [{ kind: "period", period: { kind: "month", year: 2023, month: 8, path: "/2023/08/", count: 1 } }, ["/", "/archive/", "/2023/"]],
    [{ kind: "period", period: { kind: "day", year: 2023, month: 8, day: 6, path: "/2023/08/06/", count: 1 } }, ["/", "/archive/", "/2023/", "/2023/08/"]],
    [{ kind: "empty-period", period: { kind: "day", year: 2023, month: 8, day: 7, path: "/2023/08/07/", count: 0 } }, ["/", "/archive/", "/2023/", "/2023/08/"]],
    [{ kind: "topic-year", topic: { name: "Weather", path: "/topics/weather/" }, year: 2023 }, ["/", "/topics/", "/topics/weather/"]],
    [{ kind: "on-this-day", day: { month: 8, day: 6, path: "/on-this-day/08/06/" } }, ["/", "/archive/", "/on-this-day/"]],
  ] as [Listing, string[]][])("%j → %j", (listing, expected) => {
    expect(listingTrail(listing, site).map((link) => link.path)).toEqual(expected);
  });

  it.each(["topics", "sources", "archive"] as const)("starts the %s directory at home", (kind) => {
    expect(directoryTrail(kind, site)).toEqual([{ path: "/", label: "Home" }]);
  });

  it("puts the days of the year under the archive", () => {
    expect(directoryTrail("on-this-day", site).map((link) => link.path)).toEqual(["/", "/archive/"]);
  });
});
