  /* The views, redrawn from the frame shown: the per-layer histograms on a canvas, the
     loss and accuracy curves and the layer statistics with uPlot, the numbers above them. */
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
    v.toExponential(0).replace("+", "") : String(Number(v.toPrecision(3))));

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
      const tallest = Math.max(...finite.map((h) => Math.max(...h.shares)), 1e-9);
      const peak = tallest * 1.08;  // headroom above the highest bar
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
      ctx.fillText(Math.round(tallest * 100) + " %", right, y0 + 12);
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

  /* Where the training step shown lies on the curves' x axis: the step itself, or on an
     epoch or samples axis each run's own position (runs cover the data at their own
     paces), interpolated between its curve points as the app's curves panel does. */
  function markerPositions() {
    const axis = xAxis(), step = trainingStep();
    if (axis === "step") return [[step, css("--muted")]];
    return current().runs.map((r, i) => {
      const c = r.curves;
      const k = Math.max(0, pointAt(c, step));
      const span = k + 1 < c.step.length ? c.step[k + 1] - c.step[k] : 0;
      const part = span > 0 ? Math.min(1, Math.max(0, (step - c.step[k]) / span)) : 0;
      const x = c.step.length ? c[axis][k] + part * ((c[axis][k + 1] ?? c[axis][k]) -
        c[axis][k]) : step;
      return [x, runColor(i)];
    });
  }

  function marker(u) {
    const ctx = u.ctx;
    ctx.save();
    ctx.lineWidth = 1.5 * (window.devicePixelRatio || 1);
    ctx.setLineDash([4, 4]);
    for (const [value, color] of markerPositions()) {
      const x = u.valToPos(value, "x", true);
      ctx.strokeStyle = color;
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
    }
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
      { stroke, grid, ticks, size: 54, ...(yLog ? { splits: decades, values: (u, vals) =>
        vals.map((v) => (v == null ? "" : fmt(v))) } : {}) }];
  }

  function sizeOf(el) {
    return { width: Math.max(120, el.clientWidth), height: Math.max(100, el.clientHeight) };
  }

  /* Where the x axis ends on an epoch or samples axis: the shortest way a run still
     training has come, so runs at different paces are compared at equal epochs (all
     diverged: the longest), as core's curves panel does (`common_extent`). */
  function commonExtent(axis) {
    const ends = current().runs.map((r) => [r.curves[axis][r.curves[axis].length - 1] ?? 0,
      r.meta.diverged_at !== null]);
    const alive = ends.filter(([, diverged]) => !diverged).map(([x]) => x);
    return alive.length ? Math.min(...alive) : Math.max(...ends.map(([x]) => x));
  }

  function curveChart(el, metric) {
    const d = current();
    const axis = xAxis();
    const tables = d.runs.map((r) => [r.curves[axis], r.curves["train_" + metric],
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
    const x = axis === "step" ? { time: false } :
      { time: false, range: () => [0, commonExtent(axis) || 1] };
    return new uPlot({ ...sizeOf(el), legend: { show: false }, cursor: { show: false },
      scales: { x, y }, axes: axes(tr(axis + "_axis"), log), series,
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
