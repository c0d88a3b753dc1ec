  /* The page data (JSON in #page-data, arrays as base64: visualizer/page/record.py),
     decoded on first use, and the page's state. The three scripts (data.js, views.js,
     page.js) share one function scope, made by visualizer/page/html.py. */
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
  /* A lesson text in the page's language, else English, else the one given (as
     core.lesson_types.in_language). */
  const pick = (texts) => (texts ? texts[state.lang] || texts.en ||
    Object.values(texts).find(Boolean) || "" : "");
  const css = (name) => getComputedStyle(document.body).getPropertyValue(name).trim();
  const runColor = (i) => DATA.colors[state.theme][i % 4];
  const runDash = (i) => DASHES[DATA.dashes[i % 4]];
  const current = () => decode(DATA.steps[state.step].recording);
  const trainingStep = () => current().rec.steps[state.frame];
  /* What the curves are drawn against in this lesson step: step, epoch or samples. */
  const xAxis = () => DATA.steps[state.step].x_axis || "step";

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

  /* The index of the last curve point at or before training step `step` (-1: none). */
  function pointAt(c, step) {
    let index = -1;
    for (let i = 0; i < c.step.length && c.step[i] <= step; i++) index = i;
    return index;
  }

  /* The last curve point at or before training step `step`. */
  function curveAt(run, step) {
    const c = current().runs[run].curves;
    const index = pointAt(c, step);
    const out = {};
    for (const name in c) out[name] = index >= 0 ? c[name][index] : null;
    return out;
  }
