"""Drawing helpers the panels share (plots, canvases, heat maps, small multiples, the
Panel base class); they are not panels, and panels never import each other."""
