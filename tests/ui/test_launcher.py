from PySide6.QtWidgets import QComboBox

from ui import launcher


def test_help_lists_the_app_commands(capsys):
    try:
        launcher.main(["--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    out = capsys.readouterr().out
    assert "shots" in out and "gui" in out


def test_shots_writes_one_png_per_page_and_one_in_classroom_mode(tmp_path, capsys):
    from ui.pages import PAGES

    assert launcher.main(["shots", "--out", str(tmp_path / "shots"), "--lang", "es",
                          "--workspace", str(tmp_path / "ws")]) == 0
    written = sorted(p.stem for p in (tmp_path / "shots").glob("*.png"))
    assert written == sorted([*(key for key, _ in PAGES), "classroom"])


def test_a_lesson_number_or_a_scenario_file_opens_the_app():
    assert launcher.opens_the_app([])
    assert launcher.opens_the_app(["--lesson", "7"])
    assert launcher.opens_the_app(["--lesson=7", "--lang", "es"])
    assert launcher.opens_the_app(["class.toml"])
    assert not launcher.opens_the_app(["train"])
    args = launcher.cli.build_parser(extra=launcher._add_app_commands).parse_args(["gui", "--lesson", "7", "c.toml"])
    assert (args.lesson, args.scenario) == (7, "c.toml")


def test_start_opens_the_lesson_and_the_scenario_asked_for(window, tmp_path):
    from ui.app import start

    scenario = tmp_path / "class.toml"
    scenario.write_text('preset = "tiny"\n', encoding="utf-8")
    start(window, lesson=7, scenario=str(scenario))
    player = window.lesson_dock.player
    assert player.lesson.number() == 7 and window.lesson_dock.isVisibleTo(window)
    assert window.scenario_actions.forms()[0].findChild(QComboBox).currentText() == "tiny"


def test_a_lesson_that_does_not_exist_is_said_in_the_status_bar(window):
    window.load_pages()
    assert not window.open_lesson_number(99)
    assert "99" in window.statusBar().currentMessage()
