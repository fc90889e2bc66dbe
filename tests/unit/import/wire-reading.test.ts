// Import, wire copy: the pieces that read a story's parts — stamps, datelines,
// credit lines, photo credits, boilerplate, subheadings — as tables of input
// and what is read from it.

import { describe, expect, it } from "vitest";
import { agencyNames, sourceName } from "../../../src/import/wire/agencies";
import { DEFAULT_BOILERPLATE, boilerplate } from "../../../src/import/wire/boilerplate";
import { findPhotoCredit, photoAgency, readCreditLine, readDateline, splitTrailingCredit } from "../../../src/import/wire/credits";
import { splitBlocks } from "../../../src/import/wire/wire-blocks";
import { isSubheading } from "../../../src/import/wire/wire-body";
import { findStamps, parseIsoDate } from "../../../src/import/wire/wire-dates";
import { readHeader } from "../../../src/import/wire/wire-header";

describe("findStamps", () => {
  it.each([
    [" date 2023-08-06 Follow us on", [{ kind: "published", date: "2023-08-06" }]],
    ["Published: 14 February 2024", [{ kind: "published", date: "2024-02-14" }]],
    ["Posted on Aug. 6, 2023", [{ kind: "published", date: "2023-08-06" }]],
    ["Updated: Oct 02, 2023 09:15 ICT", [{ kind: "updated", date: "2023-10-02", droppedTime: "09:15 ICT" }]],
    ["Last updated 2023/8/6", [{ kind: "updated", date: "2023-08-06" }]],
    ["date 2023-02-30", []],
    ["The update date is unknown", []],
  ])("%j", (text, expected) => {
    expect(findStamps(text)).toMatchObject(expected);
  });
});

describe("parseIsoDate", () => {
  it.each([
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", undefined],
    ["2023-8-6", undefined],
    ["yesterday", undefined],
  ])("%s → %s", (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });
});

describe("readDateline", () => {
  it.each([
    ["SEOUL, Aug 6 (Reuters) - North Korea fired", { place: "SEOUL", month: 8, day: 6, agency: "Reuters", length: 25 }],
    ["WASHINGTON (AP) — The Senate voted", { place: "WASHINGTON", agency: "AP", length: 18 }],
    ["New Delhi, Aug 6 (PTI) The cabinet met", { place: "New Delhi", month: 8, day: 6, agency: "PTI", length: 23 }],
    ["SEOUL, March 5, 2024 (Yonhap) -- Talks", { place: "SEOUL", month: 3, day: 5, year: 2024, agency: "Yonhap" }],
    ["PARIS, Aug. 6, 2023 — Museums reopened", { place: "PARIS", month: 8, day: 6, year: 2023 }],
    ["CAN THO, Vietnam (AFP) - Farmers", { place: "CAN THO", agency: "AFP" }],
  ])("%j", (lead, expected) => {
    expect(readDateline(lead)).toMatchObject(expected);
  });

  it.each([
    "North Korean leader Kim Jong Un visited factories",
    "Kim (left) - pictured with officials",
    "Paris, Aug. 6, 2023 — a lower-case place without an agency is a sentence",
    "Farmers (many of them young) - said",
  ])("finds none in %j", (lead) => {
    expect(readDateline(lead)).toBeUndefined();
  });
});

describe("credit lines", () => {
  it.each([
    ["(With AP inputs)", { agencies: ["AP"], others: [] }],
    ["(With inputs from Reuters and AFP)", { agencies: ["Reuters", "AFP"], others: [] }],
    ["(with inputs from agencies)", { agencies: [], others: ["agencies"] }],
    ["Source: Reuters", { agencies: ["Reuters"], others: [] }],
    ["— AFP", { agencies: ["AFP"], others: [] }],
    ["-- Yonhap", { agencies: ["Yonhap"], others: [] }],
  ])("reads %j", (line, expected) => {
    expect(readCreditLine(line)).toEqual(expected);
  });

  it.each(["The talks ended — for now", "With thanks to the readers who wrote in, we print their letters."])("reads no credit in %j", (line) => {
    expect(readCreditLine(line)).toBeUndefined();
  });

  it.each([
    ["Growers said yields looked strong. — AFP", { text: "Growers said yields looked strong.", agency: "AFP" }],
    ["It rained.— Reuters", { text: "It rained.", agency: "Reuters" }],
    ["The plan was dropped - for good", undefined],
  ])("splits a trailing credit off %j", (text, expected) => {
    expect(splitTrailingCredit(text)).toEqual(expected);
  });
});

describe("findPhotoCredit", () => {
  it.each([
    [" date 2023-08-06 Follow us on Image Source : AP Leaders meet", { credit: "AP", index: 30, length: 17 }, "AP"],
    ["Photo: Reuters/File Crowds", { credit: "Reuters/File", index: 0 }, "Reuters"],
    ["Photo credit: Getty Images A crowd", { credit: "Getty Images" }, undefined],
    ["Image: Harbour Board A crane", { index: 0, length: 7 }, undefined],
  ])("%j", (text, expected, agency) => {
    const found = findPhotoCredit(text);
    expect(found).toMatchObject(expected);
    expect(found?.credit === undefined ? undefined : photoAgency(found.credit)).toBe(agency);
  });
});

describe("agencies", () => {
  it.each([
    ["AP", [], "AP"],
    ["the Associated Press", [], "AP"],
    ["AP", ["Associated Press", "Reuters"], "Associated Press"],
    ["afp", ["AFP"], "AFP"],
    ["Harbour Gazette", [], "Harbour Gazette"],
  ])("credit %s with archive sources %j is source %s", (credited, archive, expected) => {
    expect(sourceName(credited, archive)).toBe(expected);
  });

  it("knows an agency under each of its names", () => {
    expect(agencyNames("Agence France-Presse")?.[0]).toBe("AFP");
    expect(agencyNames("Harbour Gazette")).toBeUndefined();
  });
});

describe("boilerplate", () => {
  const defaults = boilerplate([...DEFAULT_BOILERPLATE, "Sponsored Content"]);
  it.each([
    ["Follow us on", true],
    ["Follow us on Google News", true],
    ["Also Read: Ferry timetable changes for the spring season", true],
    ["ALSO READ | Ferry timetable", true],
    ["Advertisement", true],
    ["Sponsored Content", true],
    ["Read more books, the minister urged the pupils.", false],
    ["Trending upwards for the third month, prices rose again in May.", false],
    ["Officials said the port would follow us on the new rules.", false],
  ])("%j is a boilerplate line: %s", (line, expected) => {
    expect(defaults.isLine(line)).toBe(expected);
  });

  it("finds phrases inside a header line, as whole words", () => {
    expect(defaults.find(" date 2023-08-06 Follow us on Image Source : AP")).toEqual([{ index: 17, length: 12 }]);
    expect(defaults.find("Retrending")).toEqual([]);
  });
});

describe("readHeader", () => {
  const plate = boilerplate(DEFAULT_BOILERPLATE);
  const header = (text: string) => {
    const blocks = splitBlocks(text);
    return readHeader(blocks, plate);
  };

  it("takes a header run into one line apart: stamp, boilerplate, credit and caption", () => {
    const { findings, blocks } = header(" date 2023-08-06 Follow us on Image Source : AP Leaders meet in the\n\nLead paragraph.\n");
    expect(blocks).toBe(1);
    expect(findings.stamps.map((stamp) => [stamp.value.date, stamp.at])).toEqual([["2023-08-06", { line: 1, column: 2 }]]);
    expect(findings.removed).toEqual([{ value: "Follow us on", at: { line: 1, column: 18 } }]);
    expect(findings.photo).toEqual({ value: { credit: "AP", caption: "Leaders meet in the" }, at: { line: 1, column: 31 } });
    expect(findings.leftover).toEqual([]);
  });

  it("reads a caption on the line after its credit, and keeps other header text for a person", () => {
    const { findings, blocks } = header("Ferry Fares Rise\nPhoto: Reuters\nA ferry leaves the harbour.\nPublished: 14 February 2024\n\nLead.\n");
    expect(blocks).toBe(1);
    expect(findings.photo?.value).toEqual({ credit: "Reuters", caption: "A ferry leaves the harbour." });
    expect(findings.leftover).toEqual([{ value: "Ferry Fares Rise", at: { line: 1, column: 1 } }]);
  });

  it("does not split a credit it does not know from its caption", () => {
    const { findings } = header("Image: Harbour Board A crane at work\n\nLead.\n");
    expect(findings.photo?.value).toEqual({});
    expect(findings.leftover.map((found) => found.value)).toEqual(["after a photo label: Harbour Board A crane at work"]);
  });

  it("finds no header in a story that starts with its lead", () => {
    expect(header("SEOUL, March 5, 2024 (Yonhap) -- Talks resumed.\n\nMore.\n").blocks).toBe(0);
  });
});

describe("isSubheading", () => {
  it.each([
    ["What happens to the ships at anchor?", true],
    ["Talks Resume Next Week", true],
    ["The Road to the Final", true],
    ["Why?", false],
    ['"Why now?" he asked.', false],
    ["Officials said the talks would go on.", false],
    ["Prices rose in May", false],
    ["What the minister told the committee on Tuesday about the budget, the port and the new ferry terminal?", false],
  ])("%j → %s", (text, expected) => {
    expect(isSubheading(text)).toBe(expected);
  });
});
