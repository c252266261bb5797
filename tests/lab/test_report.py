"""report.html is a handout: the report's language for names and numbers, honest chart ranges."""

import json

from lab.events import Metrics
from lab.report import write_html
from lab.report_svg import nice_ticks, y_range
from lab.report_text import default_language, number, translator
from lab.workspace import Workspace


def small_report(ws):
    ws.append_metrics("pretrain", Metrics(0, {"loss/train": 7.5, "loss/val": 7.4}))
    ws.append_metrics("pretrain", Metrics(100, {"loss/train": 0.70, "loss/val": 0.66}))
    return {"preset": "tiny", "seed": 1, "total_wall_s": 190.0, "stages": {
        "corpus": {"wall_s": 1.0, "metrics": {"corpus/documents_clean": 7380.0, "corpus/chars_clean": 1682390.0}},
        "pretrain": {"wall_s": 186.0, "bundled": True, "metrics": {"loss/val": 0.6582, "eval/accuracy": 0.435,
                                                                   "grad/norm": 0.36}}}}


def test_the_spanish_report_names_stages_and_metrics_in_spanish_with_spanish_numbers(tmp_path):
    ws = Workspace(tmp_path)
    page = write_html(ws, small_report(ws), "es")
    assert "<h2 style='--c:#1f77b4'>Preentrenamiento</h2>" in page
    assert translator("es")("metric", "validation loss") in page and "validation loss" not in page
    assert "0,658" in page and "1.682.390" in page and "7380" in page and "44 %" in page
    assert "grad/norm" not in page and "eval/accuracy" not in page  # raw keys never reach the handout
    assert "3 min 6 s" in page and "lang='es'" in page
    assert page.count("<tr>") == page.count("</tr>") > 5


def test_the_english_report_is_all_english(tmp_path):
    ws = Workspace(tmp_path)
    page = write_html(ws, small_report(ws), "en")
    assert "Pretraining" in page and "validation loss" in page and "0.658" in page and "1,682,390" in page
    assert (ws.root / "report.html").read_text(encoding="utf-8") == page


def test_chart_ranges_include_zero_and_shares_run_to_one_hundred_percent():
    assert y_range([0.70, 0.66], share=False) == (0.0, 0.70)
    assert y_range([-1.4, -0.2], share=False) == (-1.4, 0.0)
    assert y_range([0.95, 0.97], share=True) == (0.0, 1.0)
    ticks = nice_ticks(0.0, 7.5)
    assert ticks[0] == 0.0 and ticks[-1] >= 7.5 and ticks == [0.0, 2.0, 4.0, 6.0, 8.0]


def test_numbers_follow_the_language():
    assert number(0.6582, "es") == "0,658" and number(0.6582, "en") == "0.658"
    assert number(12345.6, "es", 0) == "12.346" and number(7380, "es", 0) == "7380"
    assert number(-1.416, "en") == "-1.42"


def test_the_cli_writes_the_report_in_the_environments_language(monkeypatch):
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert default_language() == "es"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert default_language() == "en"
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert default_language() == "es"


def test_the_report_json_of_a_bundle_is_what_the_report_reads(tmp_path):
    ws = Workspace(tmp_path)
    report = small_report(ws)
    (ws.root / "report.json").write_text(json.dumps(report))
    assert "Preset" in write_html(ws, report, "en")


def test_every_stage_heading_and_chart_title_of_the_spanish_report_is_in_spanish(tmp_path):
    from lab import stages

    ws = Workspace(tmp_path)
    report = {"preset": "tiny", "seed": 1, "total_wall_s": 10.0,
              "stages": {name: {"wall_s": 1.0, "metrics": {}} for name in stages.NAMES}}
    for row in stages.STAGES:  # two points per curve, so every chart of every stage is drawn
        for _, keys in row.curves:
            for step in (1, 2):
                ws.append_metrics(row.name, Metrics(step, {k: 0.5 for k in keys}))
    page = write_html(ws, report, "es")
    spanish = translator("es")
    for row in stages.STAGES:
        assert f">{spanish('stage', row.label)}</h2>" in page
        for title, _ in row.curves:
            assert spanish("report", title) in page
    for english in ("Pretraining", "Reward model", "Offline RL", "Tokenizer", "Reward while training"):
        assert english not in page
