"""Any live plot saves itself as PNG and SVG, and its data as CSV, from its right-click menu."""

import csv

from PySide6.QtGui import QImage

from ui.widgets.live_plot import LivePlot


def _plot(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.resize(400, 300)
    plot.add_curve("loss/train", "train")
    plot.add_curve("loss/val", "val", dashed=True)
    for step in range(5):
        plot.append("loss/train", step, 3.0 - 0.5 * step)
    plot.append("loss/val", 4, 1.25)
    return plot


def test_csv_holds_every_point_of_every_curve(qtbot, tmp_path):
    plot = _plot(qtbot)
    path = plot.export_csv(tmp_path / "loss.csv")
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0] == ["series", "x", "y"]
    assert rows[1:] == [["loss/train", str(float(s)), str(3.0 - 0.5 * s)] for s in range(5)] + [
        ["loss/val", "4.0", "1.25"]]


def test_png_is_an_image_of_the_asked_width(qtbot, tmp_path):
    plot = _plot(qtbot)
    path = plot.export_png(tmp_path / "loss.png", width=640)
    image = QImage(str(path))
    assert not image.isNull() and image.width() == 640


def test_svg_is_a_drawing(qtbot, tmp_path):
    plot = _plot(qtbot)
    text = plot.export_svg(tmp_path / "loss.svg").read_text(encoding="utf-8")
    assert "<svg" in text and "</svg>" in text and ("<path" in text or "<polyline" in text)


def test_menu_actions_save_where_the_learner_chose(qtbot, tmp_path):
    plot = _plot(qtbot)
    menu = plot.plot.getPlotItem().getViewBox().menu
    assert {a.objectName() for a in menu.actions()} >= {"plot.export_png", "plot.export_svg", "plot.export_csv"}
    plot.ask_path = lambda title, file_filter: str(tmp_path / "chosen")  # the name without its extension
    plot.export_actions["csv"].trigger()
    assert (tmp_path / "chosen.csv").read_text(encoding="utf-8").startswith("series,x,y")
    plot.ask_path = lambda title, file_filter: ""  # cancelled: nothing written
    assert plot.save_as("png") is None
    assert plot.export_actions["png"].text() == "Save as PNG image…"
