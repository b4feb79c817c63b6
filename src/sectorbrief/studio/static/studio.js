// sectorbrief studio: fills the page from /api and saves every edit back (debounced), with the
// draft's revision so a second tab gets a conflict instead of overwriting.
"use strict";
const $ = (id) => document.getElementById(id);
const state = { code: null, asOf: null, draft: null, pending: {}, timer: null, saving: false };
const HEADERS = { "Content-Type": "application/json", "X-Studio": "1" };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function draftUrl() { return `/api/drafts/${encodeURIComponent(state.code)}/${state.asOf}`; }

function status(text) { $("status").textContent = text; }

function problem(text) { const p = $("problem"); p.textContent = text || ""; p.hidden = !text; }

async function load() {
  state.code = $("industry").value; state.asOf = $("as-of").value;
  state.pending = {}; $("conflict").hidden = true; problem(""); status("载入中…");
  const res = await fetch(draftUrl());
  const body = await res.json();
  if (!res.ok) { problem(body.error); status(""); return; }
  state.draft = body;
  render(body);
  status(`草稿第 ${body.version} 版`);
}

function render(d) {
  $("end-session").textContent = `截至 ${d.end_session}`;
  $("headline").value = d.headline; $("view").value = d.view;
  $("rating").value = d.rating; $("rating-change").value = d.rating_change; $("report-date").value = d.report_date;
  $("preview").href = `${draftUrl()}/preview`;
  renderFacts(d); renderFindings(d.findings); renderNews(d.news); renderVersions(d.versions);
}

function pct(v) { return (v >= 0 ? "+" : "") + v.toFixed(2); }

function renderFacts(d) {
  const f = d.facts, rows = [];
  for (const [label, p] of [["本周", f.periods.weekly], ["年初至今", f.periods.ytd]]) {
    rows.push(el("tr", {}, el("th", {}, `${label} ${d.industry.name}`), el("td", { class: p.industry_pct < 0 ? "neg" : "pos" }, pct(p.industry_pct) + "%"),
      el("td", {}, `第${p.rank}/${p.universe}位`)));
    for (const [b, v] of Object.entries(p.benchmarks_pct)) {
      rows.push(el("tr", {}, el("td", {}, b), el("td", {}, pct(v) + "%"), el("td", {}, `超额 ${pct(p.excess_pp[b])}pp`)));
    }
  }
  if (f.valuation) rows.push(el("tr", {}, el("th", {}, "PE-TTM"), el("td", {}, f.valuation.pe_ttm.toFixed(2) + "倍"),
    el("td", {}, `均值 ${f.valuation.window_mean.toFixed(2)}倍`)));
  $("facts").replaceChildren(...rows);
  $("market-text").textContent = d.market.weekly;
  $("charts").replaceChildren(...Object.values(d.charts).map((src) => el("img", { src, alt: "chart", loading: "lazy" })));
}

function renderFindings(findings) {
  $("findings-count").textContent = findings.length ? `${findings.length} 条` : "";
  if (!findings.length) { $("findings").replaceChildren(el("li", { class: "none" }, "未发现问题")); return; }
  $("findings").replaceChildren(...findings.map((f) => el("li", { class: `finding ${f.severity}`, "data-where": f.where, onclick: () => point(f) },
    el("span", { class: "sev" }, f.severity === "error" ? "错误 " : "提示 "), `[${f.kind}] ${f.message}`, el("q", {}, f.sentence || f.snippet))));
}

function point(f) {  // select the finding's sentence in the text it came from
  if (f.start === undefined) return;
  const box = f.where === "headline" ? $("headline") : $("view");
  box.blur(); box.setSelectionRange(f.start, f.end); box.focus();
  if (box.tagName === "TEXTAREA") {  // bring the sentence into view: its line's share of the text
    const before = box.value.slice(0, f.start).split("\n").length - 1, lines = box.value.split("\n").length;
    box.scrollTop = Math.max(0, (before / lines) * box.scrollHeight - box.clientHeight / 3);
  }
}

function renderNews(news) {
  const items = [...news].sort((a, b) => a.order - b.order), out = [];
  let theme = null;
  items.forEach((n, i) => {
    if (n.theme !== theme) { theme = n.theme; out.push(el("div", { class: "theme" }, theme)); }
    const merged = n.ids.length > 1 ? `合并 ${n.ids.length} 条报道：` : "来源：";
    const include = el("input", { type: "checkbox", class: "include", title: "纳入报告" });
    include.checked = n.included;
    include.addEventListener("change", () => editNews([{ id: n.id, included: include.checked }]));
    const title = el("input", { type: "text", class: "title", value: n.title });
    title.addEventListener("input", () => { n.title = title.value; queue({ news: [{ id: n.id, title: title.value }] }); });
    const point = el("textarea", { class: "key-point", rows: "2" }, n.key_point);
    point.addEventListener("input", () => queue({ news: [{ id: n.id, key_point: point.value }] }));
    out.push(el("div", { class: "item" + (n.included ? "" : " excluded"), "data-id": n.id },
      el("div", { class: "head" }, include, el("button", { type: "button", class: "up", title: "上移", onclick: () => move(items, i, -1) }, "↑"),
        el("button", { type: "button", class: "down", title: "下移", onclick: () => move(items, i, 1) }, "↓"), title),
      point, el("div", { class: "sources" }, merged + n.sources.join("、"))));
  });
  $("news").replaceChildren(...out);
}

function move(items, i, step) {
  const j = i + step;
  if (j < 0 || j >= items.length) return;
  editNews([{ id: items[i].id, order: items[j].order }, { id: items[j].id, order: items[i].order }]);
}

function editNews(edits) { queue({ news: edits }, 0); }

function renderVersions(versions) {
  $("versions").replaceChildren(...versions.map((v) => el("li", {}, `v${v.version} · ${v.meta.published_by || ""} · ${v.meta.published_at || ""} `,
    ...v.files.filter((f) => !f.startsWith("charts/")).map((f) => el("a", { href: `/api/published/${state.draft.industry.code}/${state.draft.end_session}/v${v.version}/${f}` }, f)))));
}

function queue(fields, delay = 600) {  // merge edits; news edits of one item merge by id
  for (const [k, v] of Object.entries(fields)) {
    if (k !== "news") { state.pending[k] = v; continue; }
    const byId = new Map((state.pending.news || []).map((e) => [e.id, e]));
    for (const e of v) byId.set(e.id, { ...(byId.get(e.id) || {}), ...e });
    state.pending.news = [...byId.values()];
  }
  status("未保存…");
  clearTimeout(state.timer);
  state.timer = setTimeout(save, delay);
}

async function save() {
  if (state.saving) { state.timer = setTimeout(save, 200); return; }
  const fields = state.pending;
  if (!Object.keys(fields).length) return;
  state.pending = {}; state.saving = true;
  try {
    const res = await fetch(draftUrl(), { method: "PUT", headers: HEADERS, body: JSON.stringify({ ...fields, version: state.draft.version }) });
    const body = await res.json();
    if (res.status === 409) { $("conflict").hidden = false; status("冲突"); return; }
    if (!res.ok) { problem(body.error); status("未保存"); return; }
    problem("");
    state.draft = body;
    renderFindings(body.findings);
    if (fields.news) renderNews(body.news);
    status(`已保存 第 ${body.version} 版`);
  } finally { state.saving = false; }
}

async function publish() {
  clearTimeout(state.timer); await save();
  const out = $("publish-result"); out.textContent = "发布中…";
  const res = await fetch(`${draftUrl()}/publish`, { method: "POST", headers: HEADERS, body: JSON.stringify({ override: $("override").checked }) });
  const body = await res.json();
  if (!res.ok) { out.textContent = body.error; if (body.findings) renderFindings(body.findings); return; }
  out.replaceChildren(`已发布 v${body.version}：`, el("code", { id: "published-path" }, body.path));
  const versions = await fetch(`${draftUrl()}/versions`);
  renderVersions(await versions.json());
}

async function uploadNews() {
  const file = $("news-file").files[0];
  if (!file) return;
  clearTimeout(state.timer); await save();
  const url = `${draftUrl()}/news?name=${encodeURIComponent(file.name)}&version=${state.draft.version}`;
  const res = await fetch(url, { method: "POST", headers: { "X-Studio": "1", "Content-Type": "application/octet-stream" }, body: file });
  const body = await res.json();
  $("news-file").value = "";
  if (res.status === 409) { $("conflict").hidden = false; return; }
  if (!res.ok) { problem(body.error); return; }
  problem(""); state.draft = body; renderNews(body.news); renderFindings(body.findings);
  status(`已保存 第 ${body.version} 版`);
}

$("news-file").addEventListener("change", uploadNews);
$("load").addEventListener("click", load);
$("reload").addEventListener("click", load);
$("headline").addEventListener("input", () => queue({ headline: $("headline").value }));
$("view").addEventListener("input", () => queue({ view: $("view").value }));
$("rating").addEventListener("change", () => queue({ rating: $("rating").value }, 0));
$("rating-change").addEventListener("change", () => queue({ rating_change: $("rating-change").value }, 0));
$("report-date").addEventListener("change", () => queue({ report_date: $("report-date").value }, 0));
$("publish").addEventListener("click", publish);
load();
