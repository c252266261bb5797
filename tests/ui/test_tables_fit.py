"""Tables never scroll sideways: their texts wrap and their numbers take only the room they need."""

from ui.widgets.scored_samples import ScoredSamples

HEADINGS = ("Iteración", "Prompt", "Respuesta", "Modelo de recompensa", "Rúbrica", "KL")
ROW = {"prompt": "¿Cómo se traduce cama al inglés?", "answer": "Con gusto. Cama en inglés es bed.",
       "rm": -1.42, "true": 1.0, "kl": 0.02}


def _columns_width(table):
    return sum(table.columnWidth(i) for i in range(table.columnCount()))


def test_scored_samples_fit_a_wide_and_a_narrow_table_without_scrolling_sideways(qtbot):
    table = ScoredSamples()
    qtbot.addWidget(table)
    table.set_headers(HEADINGS)
    table.add(40, [ROW] * 3)
    table.show()
    for width in (680, 330):  # beside the settings; beside the settings and the lesson panel
        table.resize(width, 200)
        qtbot.waitUntil(lambda: _columns_width(table) <= table.viewport().width() + 1, timeout=3000)  # laid out
        assert table.horizontalScrollBar().maximum() == 0 or not table.horizontalScrollBar().isVisible()
    assert table.horizontalHeaderItem(3).toolTip() == "Modelo de recompensa"  # elided heading, whole in the tip
