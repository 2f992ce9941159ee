/** A reporting unit's status from its own list against its deadline and from the units below it (REPORT.md). */
import { describe, expect, it } from "vitest";
import { statusText, unitStatus } from "../../shared/report/index.js";

describe("unitStatus", () => {
  it("judges the unit's own list by the day in Viet Nam (UTC+7) it was sent against the deadline day", () => {
    // 16:30 UTC on the 25th is 23:30 in Hà Nội: on time; 17:30 UTC is 00:30 on the 26th there: late.
    expect(unitStatus("2026-11-25T16:30:00Z", "2026-11-25")).toEqual({
      state: "on-time",
      submittedAt: "2026-11-25",
      deadline: "2026-11-25",
    });
    expect(unitStatus("2026-11-25T17:30:00Z", "2026-11-25")).toMatchObject({
      state: "late",
      submittedAt: "2026-11-26",
    });
    expect(unitStatus("2026-11-20", "2026-11-25").state).toBe("on-time");
    expect(unitStatus("2026-12-20T00:00:00Z", undefined).state).toBe("on-time");
  });

  it("calls a unit with no list of its own consolidated once a unit below reported, else missing", () => {
    expect(unitStatus(undefined, undefined, { reported: 12, units: 14 })).toEqual({
      state: "consolidated",
      below: { reported: 12, units: 14 },
    });
    expect(unitStatus(undefined, "2026-11-25", { reported: 0, units: 14 }).state).toBe("missing");
    expect(unitStatus(undefined, undefined, { reported: 0, units: 0 })).toEqual({ state: "missing" });
  });
});

describe("statusText", () => {
  it("says each status in the report's words, Vietnamese and English", () => {
    const consolidated = unitStatus(undefined, undefined, { reported: 12, units: 14 });
    expect(statusText(consolidated, "vi")).toBe("Đã tổng hợp 12/14 đơn vị");
    expect(statusText(consolidated, "en")).toBe("Consolidated 12/14 units");
    const both = unitStatus("2026-11-20T08:00:00Z", "2026-11-25", { reported: 3, units: 4 });
    expect(statusText(both, "vi")).toBe("Đúng hạn; đã tổng hợp 3/4 đơn vị");
    expect(statusText(both, "en")).toBe("On time; consolidated 3/4 units");
    expect(statusText(unitStatus("2026-11-27T08:00:00Z", "2026-11-25"), "vi")).toBe("Gửi muộn");
    expect(statusText(unitStatus(undefined, undefined, { reported: 0, units: 2 }), "vi")).toBe("Chưa gửi");
    expect(statusText({ state: "received" }, "en")).toBe("Received (no date given)");
  });
});
