"""The interactive page: a lesson's recorded runs as one self-contained HTML file that opens
offline in any browser, and the whole course as a folder of them (docs/DESIGN.md,
"Interactive pages").

Qt-free (it imports the core only): `spec` describes what to record (a lesson's steps and
their runs), `record` trains them and packs their timelines small, `html` writes the page
around the vendored uPlot (`vendor/`) and the page's own script (`assets/`), `course`
writes every built-in lesson and an index, `command` is `visualizer export ... --out
x.html` and `--course`, and `python -m visualizer.page` is the child process the window's
File > Export interactive page runs.
"""
