/* Charts for the pactwatch pages (the only JavaScript; the pages read fine without it).
   Data comes from this server's JSON API; text from articles is passed to Plotly as data, never as HTML. */
"use strict";

const TYPE_COLORS = {
  alliance: "#1b5e20", agreement: "#1565c0", exercise: "#6a1b9a", meeting: "#546e7a", cooperation: "#2e7d32",
  deployment: "#ef6c00", request: "#00838f", threat: "#c62828", conflict: "#8e0000"
};
const STATUS_SYMBOLS = { occurred: "circle", planned: "diamond-open", proposed: "square-open", possible: "circle-open",
  denied: "x" };
const CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["lasso2d", "select2d"] };

function getJSON(url) {
  return fetch(url, { headers: { Accept: "application/json" } }).then((r) => {
    if (!r.ok) { throw new Error(url + ": " + r.status); }
    return r.json();
  });
}

function timeline(el) {
  getJSON(el.dataset.src).then((data) => {
    const months = [...new Set(data.items.map((r) => r.month))].sort();
    const byType = {};
    const statusOf = {};
    for (const r of data.items) {
      byType[r.type] = byType[r.type] || {};
      byType[r.type][r.month] = (byType[r.type][r.month] || 0) + r.events;
      statusOf[r.type + "|" + r.month] = (statusOf[r.type + "|" + r.month] || []).concat([r.status + ": " + r.events]);
    }
    const traces = Object.keys(byType).sort().map((t) => ({
      type: "bar", name: t, x: months, y: months.map((m) => byType[t][m] || 0),
      marker: { color: TYPE_COLORS[t] || "#888" },
      customdata: months.map((m) => (statusOf[t + "|" + m] || []).join(", ")),
      hovertemplate: "%{x} · " + t + ": %{y}<br>%{customdata}<extra></extra>"
    }));
    el.classList.add("ready");
    Plotly.newPlot(el, traces, {
      barmode: "stack", margin: { t: 20, r: 10, b: 50, l: 40 }, height: 340,
      xaxis: { title: { text: el.dataset.by === "event" ? "event date (month)" : "report date (month)" }, type: "category" },
      yaxis: { title: { text: "events" } }, legend: { orientation: "h", y: 1.12 }
    }, CONFIG);
    el.on("plotly_click", (ev) => {
      const p = ev.points[0];
      const month = p.x;
      const q = new URLSearchParams({ type: p.data.name, since: month, until: month + "-31", by: el.dataset.by || "reported" });
      window.location.href = "/events?" + q.toString();
    });
  }).catch((e) => { el.textContent = "The chart could not be drawn (" + e.message + "); the table below has the same figures."; });
}

function actorTimeline(el) {
  getJSON(el.dataset.src).then((info) => {
    const evs = info.events.filter((e) => e.when || e.reported);
    if (!evs.length) { return; }
    const statuses = [...new Set(evs.map((e) => e.status))];
    const traces = statuses.map((s) => {
      const mine = evs.filter((e) => e.status === s);
      return {
        type: "scatter", mode: "markers", name: s,
        x: mine.map((e) => e.when && e.when.length >= 7 ? e.when : e.reported),
        y: mine.map((e) => e.type),
        customdata: mine.map((e) => e.id),
        text: mine.map((e) => e.evidence || ""),
        hovertemplate: "%{y} (" + s + ") %{x}<br>#%{customdata}<extra></extra>",
        marker: { size: 12, symbol: STATUS_SYMBOLS[s] || "circle", color: mine.map((e) => TYPE_COLORS[e.type] || "#888"),
          line: { width: 2, color: mine.map((e) => TYPE_COLORS[e.type] || "#888") } }
      };
    });
    el.classList.add("ready");
    Plotly.newPlot(el, traces, {
      margin: { t: 20, r: 10, b: 40, l: 90 }, height: 300, xaxis: { type: "date" },
      yaxis: { type: "category" }, legend: { orientation: "h", y: 1.15 }
    }, CONFIG);
    el.on("plotly_click", (ev) => { window.location.href = "/events/" + encodeURIComponent(ev.points[0].customdata); });
  }).catch(() => {});
}

document.addEventListener("DOMContentLoaded", () => {
  if (typeof Plotly === "undefined") { return; }
  const t = document.getElementById("timeline");
  if (t) { timeline(t); }
  const a = document.getElementById("actor-timeline");
  if (a) { actorTimeline(a); }
});
