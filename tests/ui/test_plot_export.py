"""Any live plot saves itself as PNG and SVG, and its data as CSV, from its right-click menu."""

import csv

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

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


def test_the_legend_stands_above_the_data_not_over_it(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.add_curve("loss/train", "train")
    plot.add_curve("loss/val", "validation", points=True)
    plot.resize(600, 400)
    plot.show()
    for x in range(50):
        plot.append("loss/train", x, 5.0 - x / 20)
    plot.redraw()
    item = plot.plot.getPlotItem()
    legend = item.legend
    assert len(legend.items) == 2
    view = item.getViewBox().sceneBoundingRect()
    assert legend.sceneBoundingRect().bottom() <= view.top() + 1


def test_a_measured_now_and_then_metric_is_drawn_as_points_only(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.add_curve("loss/val", "validation", points=True)
    plot.append("loss/val", 0, 5.0)
    plot.append("loss/val", 100, 3.0)
    plot.redraw()
    curve = plot._curves["loss/val"]
    assert curve.opts["pen"] is None and curve.opts["symbol"] == "o"  # no straight line from 0 to 100


def test_an_exploding_value_is_marked_not_dropped(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.add_curve("loss/train", "train", spikes=True)
    for x, y in enumerate([5.0, 4.8, 4.7]):
        plot.append("loss/train", x, y)
    plot.append("loss/train", 3, 250.0)
    plot.append("loss/train", 4, float("nan"))
    plot.redraw()
    assert plot.data("loss/train")[1].tolist() == [5.0, 4.8, 4.7]  # the scale stays readable
    assert [(x, y) for _k, x, y in plot.spikes][0] == (3.0, 250.0) and len(plot.spikes) == 2
    texts = [i.textItem.toPlainText() for i in plot._spike_items if hasattr(i, "textItem")]
    assert texts == ["↑ 250", "↑ NaN"]
    plot.clear()
    assert plot.spikes == [] and plot._spike_items == []


def test_a_long_legend_takes_as_many_columns_as_fit_never_more_than_the_plot(qapp):
    import pyqtgraph as pg

    from ui.widgets.live_plot import fit_legend

    legend = pg.LegendItem(colCount=1)
    for name in ("Format (stops with <|end|>)", "Accuracy (all probes)", "Rude answers", "Same language",
                 "Rubric reward"):
        legend.addItem(pg.PlotDataItem([0, 1], [0, 1]), name)
    widths = [s.boundingRect().width() + lab.boundingRect().width() + 12 for s, lab in legend.items]
    fit_legend(legend, sum(widths) + 40)
    assert legend.columnCount == 5  # all in one row when they fit
    narrow = max(widths[0], widths[3]) + max(widths[1], widths[4]) + max(widths[2], 0) + 30
    fit_legend(legend, narrow)
    assert 1 < legend.columnCount < 5  # fewer rows than one entry a line
    n = legend.columnCount
    assert sum(max(widths[j::n]) for j in range(n)) <= narrow - 20
    fit_legend(legend, 10)
    assert legend.columnCount == 1


def test_a_legend_filled_after_the_plot_is_shown_stays_inside_a_narrow_plot(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.resize(340, 200)
    plot.show()
    plot.add_curve("policy/entropy", "entropía por token")
    plot.add_curve("loss/train", "pérdida (RL offline)")  # the RLHF page's fourth plot, in Spanish
    qtbot.wait(10)
    legend = plot.plot.getPlotItem().legend
    texts = [label.item.sceneBoundingRect() for _, label in legend.items]
    assert legend.columnCount == 1
    assert all(rect.right() <= plot.width() for rect in texts)


def test_a_plot_title_wraps_above_the_plot_instead_of_being_cut(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.set_title("Cómo aprende cada modelo")
    title = plot.findChild(QLabel)
    assert title.text() == "Cómo aprende cada modelo" and title.wordWrap()


def test_a_legend_entry_too_long_for_a_very_narrow_plot_is_elided_and_whole_again_when_it_widens(qtbot):
    plot = LivePlot()
    qtbot.addWidget(plot)
    plot.resize(170, 200)  # a plot beside the settings and the lesson panel
    plot.show()
    plot.add_curve("kl/ref", "KL respecto al modelo SFT")
    qtbot.wait(10)
    _, label = plot.plot.getPlotItem().legend.items[0]
    assert label.text.endswith("…") and label.toolTip() == "KL respecto al modelo SFT"
    plot.resize(600, 200)
    qtbot.wait(10)
    assert label.text == "KL respecto al modelo SFT"
