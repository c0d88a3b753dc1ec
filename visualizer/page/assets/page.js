  /* The page: the timeline, the lesson's steps and questions, language, theme, keys.
     It never asks the network for anything. */
  function showFrame(frame) {
    const d = current();
    state.frame = Math.max(0, Math.min(d.frames - 1, frame));
    $("slider").value = state.frame;
    drawHistograms();
    charts.loss.redraw(false);
    charts.accuracy.redraw(false);
    charts.stats.setData(statsData());  // its scales are fixed: this only redraws
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
    $("readout").style.visibility = covered ? "hidden" : "";  // its numbers would tell
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
    const appView = DATA.steps[state.step].app_view;
    $("app-view").hidden = !appView;
    $("app-view").textContent = appView ? tr("app_view", { view: tr("view_" + appView) }) : "";
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
    showFrame, setStep, xAxis, curvesAxis: () => ({ label: charts.loss.axes[0].label,
      low: charts.loss.scales.x.min, high: charts.loss.scales.x.max }) };
  setStep(0);
