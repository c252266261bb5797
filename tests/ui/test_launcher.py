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
