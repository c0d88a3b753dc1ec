"use strict";
/* The interactive page: a lesson's recorded runs played back. Reads the page data (JSON in
   #page-data, arrays as base64, see visualizer/page/record.py), draws the per-layer
   histograms on a canvas and the curves and layer statistics with uPlot; never asks the
   network for anything. */
(function () {
  const DATA = JSON.parse(document.getElementById("page-data").textContent);
  const DASHES = { solid: [], dash: [7, 4], dot: [2, 3], dashdot: [8, 3, 2, 3] };
  const LOG_STATS = new Set(["pre_activation_std", "activation_std", "activation_grad_std",
    "weight_grad_norm", "update_ratio"]);
  const SHARE_STATS = new Set(["dead_fraction", "saturated_fraction"]);
  const VIEW_KIND = { activations: "activations", gradients: "gradients", weights: "weights",
    timeline: "activations", activation_curve: "pre_activations" };
  const VIEW_PANEL = { curves: "loss-panel", layer_stats: "stats-panel" };
  const FRAME_MS = 1000 / 12;
  const MIN_CELL_WIDTH = 110, MIN_CELL_HEIGHT = 74;
  const $ = (id) => document.getElementById(id);
  const state = { lang: DATA.lang, theme: DATA.theme, step: 0, frame: 0, kind: "activations",
    stat: DATA.stats[0], playing: false, picked: {}, revealed: {}, recording: -1 };
  const hash = new URLSearchParams(location.hash.slice(1));  // a course link's choice
  if (DATA.texts.play[hash.get("lang")]) state.lang = hash.get("lang");
  if (DATA.colors[hash.get("theme")]) state.theme = hash.get("theme");
  const decoded = [];
  let charts = {};
  let timer = null;

  function bytes(text) {
    const raw = atob(text);
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }
  const floats = (text) => new Float32Array(bytes(text).buffer);

  function decode(index) {
    if (decoded[index]) return decoded[index];
    const rec = DATA.recordings[index];
    const runs = rec.runs.map((run) => {
      const hist = {};
      for (const kind of DATA.kinds) {
        const h = run.hist[kind];
        hist[kind] = { q: bytes(h.q), peak: floats(h.peak), range: floats(h.range) };
      }
      const curves = {};
      for (const name in run.curves) curves[name] = Array.from(floats(run.curves[name]),
        (v) => (Number.isFinite(v) ? v : null));
      return { meta: run, hist, stats: floats(run.stats), curves };
    });
    decoded[index] = { rec, runs, layers: rec.layers.length, bins: rec.bins,
      frames: rec.steps.length };
    return decoded[index];
  }

  function tr(key, values) {
    const texts = DATA.texts[key];
    let text = texts[state.lang] || texts.en;
    for (const name in values || {}) text = text.split("{" + name + "}").join(values[name]);
    return text;
  }
  const pick = (texts) => (texts ? texts[state.lang] || texts.en : "");
  const css = (name) => getComputedStyle(document.body).getPropertyValue(name).trim();
  const runColor = (i) => DATA.colors[state.theme][i % 4];
  const runDash = (i) => DASHES[DATA.dashes[i % 4]];
  const current = () => decode(DATA.steps[state.step].recording);
  const trainingStep = () => current().rec.steps[state.frame];

  /* The shares of values per bin of `run`'s histogram `kind` of `layer` at the frame. */
  function shares(run, layer, kind, frame) {
    const d = current();
    const depth = d.runs[run].meta.layers;
    if (layer >= depth) return { shares: [], low: NaN, high: NaN };  // a shallower run
    const h = d.runs[run].hist[kind];
    const at = (frame ?? state.frame) * depth + layer;
    const peak = h.peak[at];
    const out = [];
    for (let b = 0; b < d.bins; b++) out.push((h.q[at * d.bins + b] / 255) * peak);
    return { shares: out, low: h.range[2 * at], high: h.range[2 * at + 1] };
  }

  function statAt(run, name, frame) {
    const d = current();
    const s = DATA.stats.indexOf(name);
    const out = [];
    const depth = d.runs[run].meta.layers;
    for (let layer = 0; layer < d.layers; layer++) {
      const v = layer < depth ? d.runs[run].stats[(frame * depth + layer) * DATA.stats.length + s]
        : NaN;
      out.push(Number.isFinite(v) && (!LOG_STATS.has(name) || v > 0) ? v : null);
    }
    return out;
  }

  /* The last curve point at or before training step `step`. */
  function curveAt(run, step) {
    const c = current().runs[run].curves;
    let index = -1;
    for (let i = 0; i < c.step.length && c.step[i] <= step; i++) index = i;
    const out = {};
    for (const name in c) out[name] = index >= 0 ? c[name][index] : null;
    return out;
  }

  function niceTicks(low, high, count) {
    const span = high - low;
    if (!(span > 0)) return [low];
    const raw = span / count;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
    const ticks = [];
    for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step)
      ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
    return ticks;
  }
  const fmt = (v) => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v !== 0) ?
    v.toExponential(0) : String(Number(v.toPrecision(3))));

  /* Columns and rows of small plots for `count` layers in width x height: the cells'
     aspect ratio nearest 1.6, none narrower than MIN_CELL_WIDTH. */
  function gridFor(count, width, height) {
    let best = [1, count], score = Infinity;
    for (let cols = 1; cols <= count; cols++) {
      const rows = Math.ceil(count / cols);
      if (cols > 1 && width / cols < MIN_CELL_WIDTH) break;
      const cellHeight = Math.max(height / rows, MIN_CELL_HEIGHT);
      const miss = Math.abs(Math.log(width / cols / cellHeight / 1.6));
      if (miss < score) { best = [cols, rows]; score = miss; }
    }
    return best;
  }

  function drawHistograms() {
    const canvas = $("hist-canvas");
    const d = current();
    const dpr = window.devicePixelRatio || 1;
    const box = $("hist-box");
    const width = box.clientWidth;
    const [cols, rows] = gridFor(d.layers, width, box.clientHeight);
    const height = Math.max(box.clientHeight, rows * MIN_CELL_HEIGHT);
    canvas.style.height = height + "px";
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const cellW = width / cols, cellH = height / rows;
    const fg = css("--fg"), muted = css("--muted"), grid = css("--grid");
    ctx.font = "12px system-ui, sans-serif";
    for (let layer = 0; layer < d.layers; layer++) {
      const x0 = (layer % cols) * cellW, y0 = Math.floor(layer / cols) * cellH;
      const left = x0 + 6, right = x0 + cellW - 6, top = y0 + 17, bottom = y0 + cellH - 16;
      const hists = d.runs.map((_, run) => shares(run, layer, state.kind));
      const finite = hists.filter((h) => Number.isFinite(h.low) && Number.isFinite(h.high));
      ctx.fillStyle = fg;
      ctx.textAlign = "left";
      ctx.fillText(tr("layer", { k: layer + 1 }), left, y0 + 12);
      if (!finite.length) {
        ctx.fillStyle = muted;
        ctx.fillText(tr("no_values"), left, (top + bottom) / 2);
        continue;
      }
      let low = Math.min(...finite.map((h) => h.low));
      let high = Math.max(...finite.map((h) => h.high));
      if (!(high > low)) { low -= 0.5; high += 0.5; }
      const peak = Math.max(...finite.map((h) => Math.max(...h.shares)), 1e-9) * 1.08;
      const px = (v) => left + ((v - low) / (high - low)) * (right - left);
      const py = (s) => bottom - (s / peak) * (bottom - top);
      ctx.strokeStyle = grid;
      ctx.lineWidth = 1;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(left, bottom + 0.5);
      ctx.lineTo(right, bottom + 0.5);
      ctx.stroke();
      ctx.fillStyle = muted;
      ctx.textAlign = "center";
      for (const t of niceTicks(low, high, Math.max(2, Math.floor((right - left) / 45))))
        ctx.fillText(fmt(t), px(t), bottom + 13);
      ctx.textAlign = "right";
      ctx.fillText(Math.round(peak * 100) + " %", right, y0 + 12);
      hists.forEach((h, run) => {
        if (!Number.isFinite(h.low) || !Number.isFinite(h.high)) return;
        const step = (h.high - h.low) / h.shares.length;
        ctx.beginPath();
        ctx.moveTo(px(h.low), bottom);
        h.shares.forEach((s, b) => {
          ctx.lineTo(px(h.low + b * step), py(s));
          ctx.lineTo(px(h.low + (b + 1) * step), py(s));
        });
        ctx.lineTo(px(h.high), bottom);
        ctx.strokeStyle = runColor(run);
        ctx.lineWidth = 1.8;
        ctx.setLineDash(runDash(run));
        ctx.stroke();
        if (d.runs.length <= 2) {
          ctx.globalAlpha = 0.14;
          ctx.fillStyle = runColor(run);
          ctx.fill();
          ctx.globalAlpha = 1;
        }
      });
    }
  }

  function marker(u) {
    const x = u.valToPos(trainingStep(), "x", true);
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = css("--muted");
    ctx.lineWidth = 1.5 * (window.devicePixelRatio || 1);
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  }

  /* A log axis's ticks: powers of ten in [low, high], at most six. */
  function decades(u, axis, low, high) {
    const first = Math.ceil(Math.log10(low)), last = Math.floor(Math.log10(high));
    const every = Math.max(1, Math.ceil((last - first + 1) / 6));
    const out = [];
    for (let e = first; e <= last; e += every) out.push(Math.pow(10, e));
    return out;
  }

  function axes(xLabel, yLog) {
    const stroke = css("--fg"), grid = { stroke: css("--grid"), width: 1 };
    const ticks = { stroke: css("--grid"), width: 1 };
    return [{ stroke, grid, ticks, label: xLabel, size: 34, labelSize: 16 },
      { stroke, grid, ticks, size: 50, ...(yLog ? { splits: decades, values: (u, vals) =>
        vals.map((v) => (v == null ? "" : fmt(v))) } : {}) }];
  }

  function sizeOf(el) {
    return { width: Math.max(120, el.clientWidth), height: Math.max(100, el.clientHeight) };
  }

  function curveChart(el, metric) {
    const d = current();
    const tables = d.runs.map((r) => [r.curves.step, r.curves["train_" + metric],
      r.curves["test_" + metric]]);
    const data = tables.length > 1 ? uPlot.join(tables) : tables[0];
    const series = [{}];
    d.runs.forEach((r, i) => {
      for (const [which, width, alpha] of [["train", 1.2, "99"], ["test", 2.4, ""]])
        series.push({ label: r.meta.label + " " + tr(which), stroke: runColor(i) + alpha,
          width, dash: runDash(i), spanGaps: true, points: { show: false } });
    });
    const values = data.slice(1).flat().filter((v) => v !== null && Number.isFinite(v));
    const log = metric === "loss" && values.length > 0 && values.every((v) => v > 0) &&
      Math.max(...values) / Math.min(...values) > 20;
    const y = metric === "accuracy" ? { range: [0, 1] } : log ? { distr: 3, log: 10 } : {};
    return new uPlot({ ...sizeOf(el), legend: { show: false }, cursor: { show: false },
      scales: { x: { time: false }, y }, axes: axes(tr("step_axis"), log), series,
      hooks: { draw: [marker] } }, data, el);
  }

  function statRange(name) {
    const d = current();
    const values = [];
    d.runs.forEach((r, run) => {
      for (let f = 0; f < d.frames; f++) values.push(...statAt(run, name, f));
      const theory = r.meta.theory && r.meta.theory[name];
      if (theory) values.push(...theory);
    });
    const finite = values.filter((v) => v !== null && Number.isFinite(v));
    if (SHARE_STATS.has(name)) return [0, 1];
    if (!finite.length) return [0, 1];
    let low = Math.min(...finite), high = Math.max(...finite);
    if (LOG_STATS.has(name)) return [low / 1.5, high * 1.5];
    const pad = (high - low) * 0.08 || Math.abs(high) * 0.1 || 1;
    return [low - pad, high + pad];
  }

  function statsData() {
    const d = current();
    const x = Array.from({ length: d.layers }, (_, i) => i + 1);
    const data = [x];
    d.runs.forEach((r, run) => {
      data.push(statAt(run, state.stat, state.frame));
      const theory = r.meta.theory && r.meta.theory[state.stat];
      if (theory) data.push(data[0].map((_, i) => (theory[i] > 0 ? theory[i] : null)));
    });
    return data;
  }

  function statsChart(el) {
    const d = current();
    const series = [{}];
    d.runs.forEach((r, i) => {
      series.push({ label: r.meta.label, stroke: runColor(i), width: 2, dash: runDash(i),
        spanGaps: true, points: { show: true, size: 7, fill: runColor(i) } });
      if (r.meta.theory && r.meta.theory[state.stat])
        series.push({ label: r.meta.label + " " + tr("theory"), stroke: runColor(i) + "aa",
          width: 1.2, dash: [2, 3], points: { show: false } });
    });
    const log = LOG_STATS.has(state.stat);
    const range = statRange(state.stat);
    const y = log ? { distr: 3, log: 10, range: () => range } : { range: () => range };
    const xAxis = axes(tr("layer_axis"), log);
    xAxis[0].incrs = [1, 2, 5, 10];
    return new uPlot({ ...sizeOf(el), legend: { show: false }, cursor: { show: false },
      scales: { x: { time: false, range: [0.5, d.layers + 0.5] }, y }, axes: xAxis, series },
    statsData(), el);
  }

  function buildCharts() {
    for (const name in charts) charts[name].destroy();
    charts = { loss: curveChart($("loss-chart"), "loss"),
      accuracy: curveChart($("accuracy-chart"), "accuracy"),
      stats: statsChart($("stats-chart")) };
  }

  function resize() {
    for (const [name, id] of [["loss", "loss-chart"], ["accuracy", "accuracy-chart"],
      ["stats", "stats-chart"]]) if (charts[name]) charts[name].setSize(sizeOf($(id)));
    drawHistograms();
  }

  function readout() {
    const d = current();
    const step = trainingStep();
    const box = $("readout");
    box.textContent = "";
    d.runs.forEach((r, i) => {
      const c = curveAt(i, step);
      const show = (v) => (v === null ? "–" : v.toFixed(3));
      const span = document.createElement("span");
      span.className = "run";
      span.dataset.run = i;
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.borderTop = "3px " + (DATA.dashes[i] === "solid" ? "solid" : "dashed") +
        " " + runColor(i);
      span.append(swatch, r.meta.label + ": " + tr("readout", { train_loss: show(c.train_loss),
        test_loss: show(c.test_loss), test_accuracy: show(c.test_accuracy) }));
      if (r.meta.diverged_at !== null && r.meta.diverged_at <= step)
        span.append(" · " + tr("diverged", { step: r.meta.diverged_at }));
      box.append(span);
    });
    $("step-readout").textContent = tr("training_step",
      { step, last: d.rec.steps[d.frames - 1] });
  }

  function showFrame(frame) {
    const d = current();
    state.frame = Math.max(0, Math.min(d.frames - 1, frame));
    $("slider").value = state.frame;
    drawHistograms();
    charts.loss.redraw(false);
    charts.accuracy.redraw(false);
    charts.stats.setData(statsData(), false);
    readout();
  }

  function setPlaying(on) {
    const covered = !$("cover").hidden;
    state.playing = on && !covered;
    clearInterval(timer);
    timer = null;
    if (state.playing) {
      if (state.frame >= current().frames - 1) showFrame(0);
      timer = setInterval(() => {
        if (state.frame >= current().frames - 1) setPlaying(false);
        else showFrame(state.frame + 1);
      }, FRAME_MS);
    }
    $("play-button").textContent = state.playing ? "❚❚ " + tr("pause") : "▶ " + tr("play");
    $("play-button").setAttribute("aria-pressed", String(state.playing));
  }

  function question() {
    return DATA.steps[state.step].question;
  }

  function renderQuestion() {
    const q = question();
    const covered = q !== null && !state.revealed[state.step];
    $("cover").hidden = !covered;
    $("play-button").disabled = covered;
    $("slider").disabled = covered;
    if (covered) setPlaying(false);
    const result = $("result");
    result.textContent = "";
    if (!q) return;
    $("predict").textContent = tr("predict");
    $("question-text").textContent = pick(q.text);
    const answers = $("answers");
    answers.textContent = "";
    q.answers.forEach((a, i) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = i + 1 + ". " + pick(a);
      button.setAttribute("aria-pressed", String(state.picked[state.step] === i));
      button.addEventListener("click", () => choose(i));
      answers.append(button);
    });
    $("reveal-button").textContent = tr("reveal");
    $("reveal-button").disabled = state.picked[state.step] === undefined;
    if (covered) return;
    const title = document.createElement("p");
    title.textContent = pick(q.text);
    title.style.fontWeight = "600";
    const list = document.createElement("ol");
    q.answers.forEach((a, i) => {
      const item = document.createElement("li");
      item.textContent = pick(a);
      if (i === state.picked[state.step]) item.classList.add("chosen");
      for (const [cls, key, on] of [["chosen-tag", "your_answer", i === state.picked[state.step]],
        ["right", "right_answer", i === q.correct]]) {
        if (!on) continue;
        const tag = document.createElement("span");
        tag.className = "tag " + cls;
        tag.textContent = (key === "right_answer" ? "✓ " : "") + tr(key);
        item.append(tag);
      }
      list.append(item);
    });
    result.append(title, list);
    if (q.explanation) {
      const why = document.createElement("p");
      why.className = "explanation";
      why.textContent = pick(q.explanation);
      result.append(why);
    }
  }

  function choose(index) {
    if ($("cover").hidden) return;
    state.picked[state.step] = index;
    renderQuestion();
  }

  function reveal() {
    if (!question() || state.picked[state.step] === undefined) return;
    state.revealed[state.step] = true;
    renderQuestion();
    resize();
  }

  function setStep(index) {
    state.step = Math.max(0, Math.min(DATA.steps.length - 1, index));
    const step = DATA.steps[state.step];
    if (step.recording !== state.recording) {
      setPlaying(false);
      state.recording = step.recording;
      state.frame = 0;
      $("slider").max = current().frames - 1;
    }
    if (VIEW_KIND[step.view]) state.kind = VIEW_KIND[step.view];
    for (const id of ["hist-panel", "loss-panel", "stats-panel"])
      $(id).classList.toggle("focus", id === (VIEW_PANEL[step.view] || "hist-panel"));
    render();
  }

  function render() {
    document.documentElement.lang = state.lang;
    document.body.className = state.theme;
    const lesson = DATA.lesson;
    document.title = pick(lesson.title);
    $("topic").textContent = pick(lesson.topic_title);
    $("title").textContent = pick(lesson.title);
    $("lesson-text").textContent = pick(lesson.text);
    const count = DATA.steps.length;
    $("step-box").hidden = count < 2 && !DATA.steps[0].text && !DATA.steps[0].question;
    $("step-label").textContent = tr("lesson_step", { k: state.step + 1, n: count });
    $("back-button").textContent = tr("back");
    $("next-button").textContent = tr("next");
    $("back-button").disabled = state.step === 0;
    $("next-button").disabled = state.step >= count - 1;
    $("step-text").textContent = pick(DATA.steps[state.step].text);
    $("recorded").textContent = tr("recorded", { steps: DATA.training_steps });
    $("theme-button").textContent = state.theme === "light" ? tr("dark") : tr("light");
    $("lang-button").textContent = tr("language");
    $("slider").setAttribute("aria-label", tr("slider"));
    $("hist-title").textContent = tr("histograms");
    $("loss-title").textContent = tr("loss") + " (" + tr("train") + " ─ / " + tr("test") + " ━)";
    $("accuracy-title").textContent = tr("accuracy") + " (" + tr("train") + " ─ / " +
      tr("test") + " ━)";
    $("stats-title").textContent = tr("layer_stats");
    const chips = $("kind-buttons");
    chips.textContent = "";
    for (const kind of DATA.kinds) {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.kind = kind;
      button.textContent = tr(kind);
      button.setAttribute("aria-pressed", String(kind === state.kind));
      button.addEventListener("click", () => { state.kind = kind; render(); });
      chips.append(button);
    }
    const select = $("stat-select");
    select.textContent = "";
    for (const name of DATA.stats) {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = tr(name);
      select.append(option);
    }
    select.value = state.stat;
    renderNav();
    renderQuestion();
    setPlaying(state.playing);
    buildCharts();
    showFrame(state.frame);
  }

  function renderNav() {
    const nav = $("course-nav");
    nav.textContent = "";
    if (!DATA.nav) return;
    const links = [[DATA.nav.previous, "previous_lesson"], [{ href: DATA.nav.index }, "index"],
      [DATA.nav.next, "next_lesson"]];
    for (const [target, key] of links) {
      if (!target) continue;
      const a = document.createElement("a");
      a.href = target.href + "#lang=" + state.lang + "&theme=" + state.theme;
      a.id = "nav-" + key;
      a.textContent = tr(key);
      if (target.title) a.title = pick(target.title);
      nav.append(a);
    }
  }

  function onKey(event) {
    const tag = event.target.tagName;
    if (tag === "SELECT" || event.altKey || event.ctrlKey || event.metaKey) return;
    const covered = !$("cover").hidden;
    const onSlider = event.target === $("slider");
    const key = event.key;
    if (key === " " && tag !== "BUTTON") {
      event.preventDefault();
      setPlaying(!state.playing);
    } else if (!covered && !onSlider && (key === "ArrowRight" || key === "ArrowLeft")) {
      event.preventDefault();
      setPlaying(false);
      showFrame(state.frame + (key === "ArrowRight" ? 1 : -1));
    } else if (!covered && !onSlider && (key === "Home" || key === "End")) {
      event.preventDefault();
      showFrame(key === "Home" ? 0 : current().frames - 1);
    } else if (key === "PageDown") {
      event.preventDefault();
      if (covered) reveal(); else setStep(state.step + 1);
    } else if (key === "PageUp") {
      event.preventDefault();
      setStep(state.step - 1);
    } else if (covered && (key === "b" || key === "B" || key === ".")) {
      reveal();
    } else if (covered && /^[1-4]$/.test(key) && Number(key) <= question().answers.length) {
      choose(Number(key) - 1);
    }
  }

  $("play-button").addEventListener("click", () => setPlaying(!state.playing));
  $("slider").addEventListener("input", () => { setPlaying(false); showFrame(+$("slider").value); });
  $("back-button").addEventListener("click", () => setStep(state.step - 1));
  $("next-button").addEventListener("click", () => setStep(state.step + 1));
  $("reveal-button").addEventListener("click", reveal);
  $("stat-select").addEventListener("change", () => {
    state.stat = $("stat-select").value;
    charts.stats.destroy();
    charts.stats = statsChart($("stats-chart"));
  });
  $("lang-button").addEventListener("click", () => {
    state.lang = state.lang === "en" ? "ko" : "en";
    render();
  });
  $("theme-button").addEventListener("click", () => {
    state.theme = state.theme === "light" ? "dark" : "light";
    render();
  });
  document.addEventListener("keydown", onKey);
  new ResizeObserver(() => resize()).observe($("panels"));
  window.lessonPage = { state, data: DATA, shares, statAt, curveAt, trainingStep,
    showFrame, setStep };
  setStep(0);
})();
