"""The window fits a 1366×768 school laptop or projector: every page, the lesson panel, classroom mode."""

import shutil

import pytest
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui import test_lesson_player as player_tests
from ui import screen_fit
from ui.pages.base import SideColumn

lessons_dir = player_tests.lessons_dir  # two short lessons in a temporary folder


@pytest.fixture
def small_screen(monkeypatch):
    """The offscreen platform's screen, as a 1366×768 one with a 32-pixel task bar."""
    def use(width, height):
        monkeypatch.setattr(screen_fit, "available", lambda _widget: QRect(0, 0, width, height - 32))
    use(1366, 768)
    return use


@pytest.fixture
def app_window(small_screen, lessons_dir, qtbot, tmp_path, settings):
    from ui.app import build_window

    window = build_window(tmp_path / "workspace", "es", settings)
    qtbot.addWidget(window)
    window.show()
    window.load_pages()
    return window


def settle(_qtbot):
    """Lay out what changed (Qt does it on the next turn of the event loop; only that part is run here)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def frame_fits(window) -> bool:
    room = screen_fit.room(window)
    minimum = window.minimumSizeHint()
    return (window.width() <= room.width() and window.height() <= room.height()
            and minimum.width() <= room.width() and minimum.height() <= room.height())


def nothing_cut_sideways(window) -> list[str]:
    """Pages, or scroll areas inside them, narrower than what they show."""
    cut = []
    for page in window.pages:
        window.show_page(page.key)
        settle(None)
        if not frame_fits(window):
            cut.append(f"{page.key}: the window grew past the screen")
        if page.width() < page.minimumSizeHint().width():
            cut.append(f"{page.key}: {page.width()} < {page.minimumSizeHint().width()}")
        for area in page.findChildren(QScrollArea):  # the page's own layout; a data table may scroll
            if area.isVisibleTo(page) and area.horizontalScrollBar().isVisible():
                cut.append(f"{page.key}: {area.objectName() or type(area).__name__} scrolls sideways")
            inner = area.widget()
            if inner is not None and area.isVisibleTo(page) and area.widgetResizable() \
                    and inner.minimumSizeHint().width() > area.viewport().width() + 1:
                cut.append(f"{page.key}: {area.objectName() or type(area).__name__} cuts its content "
                           f"({inner.minimumSizeHint().width()} > {area.viewport().width()})")
    return cut


def test_the_window_takes_the_free_screen_never_more(app_window):
    room = screen_fit.room(app_window)
    assert app_window.width() <= room.width() and app_window.height() <= room.height()
    assert frame_fits(app_window)


def test_every_page_fits_beside_the_lesson_panel(app_window, qtbot):
    app_window.lesson_dock.open_lesson("07-sampling")
    settle(qtbot)
    assert app_window.lesson_dock.isVisible()
    assert frame_fits(app_window)
    cut = nothing_cut_sideways(app_window)
    assert not cut, cut


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_every_page_fits_a_small_screen(small_screen, lessons_dir, qtbot, tmp_path, settings, size):
    from ui.app import build_window

    small_screen(*size)
    window = build_window(tmp_path / "workspace", "es", settings)
    qtbot.addWidget(window)
    window.show()
    window.load_pages()
    settle(qtbot)
    assert frame_fits(window)
    cut = nothing_cut_sideways(window)
    assert not cut, cut


def test_classroom_mode_fits_folds_the_settings_and_gives_everything_back(app_window, qtbot, settings):
    app_window.lesson_dock.open_lesson("07-sampling")
    settle(qtbot)
    size_before = app_window.size()
    app_window.classroom.set_classroom(True)
    settle(qtbot)
    assert frame_fits(app_window)
    pretrain = app_window.show_page("pretrain")
    column = pretrain.findChild(SideColumn)
    assert column.fold_button.isVisible() and not column.area.isVisible()  # the plots take the space
    column.fold_button.click()
    assert column.area.isVisible()  # the teacher can still reach them
    settle(qtbot)
    assert frame_fits(app_window)
    app_window.classroom.set_classroom(False)
    settle(qtbot)
    assert app_window.size() == size_before
    assert not app_window.ctx.theme.high_contrast and app_window.ctx.theme.scale == 1
    assert not column.fold_button.isVisible() and column.area.isVisible()
    assert not settings.value("presentation", False, type=bool)
    assert not settings.value("high_contrast", False, type=bool)


def test_the_classroom_look_is_not_remembered_for_the_next_start(app_window, settings):
    app_window.classroom.set_classroom(True)
    assert settings.value("presentation", False, type=bool) is False
    assert settings.value("high_contrast", False, type=bool) is False
    app_window.close()
    assert settings.value("presentation", False, type=bool) is False


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    """A workspace with every bundled stage installed: pages full of charts, tables and models."""
    from lab import bundle
    from lab.cli import drive
    from lab.workspace import Workspace

    root = tmp_path_factory.mktemp("finished")
    drive(bundle.install(Workspace(root), "offline_rl", lang="es"), quiet=True)
    return root


def test_a_finished_workspace_fits_1280_by_720_beside_the_lesson_panel(small_screen, lessons_dir, finished, qtbot,
                                                                      tmp_path, settings):
    from ui.app import build_window

    small_screen(1280, 720)
    shutil.copytree(finished, tmp_path / "ws")
    window = build_window(tmp_path / "ws", "es", settings)
    qtbot.addWidget(window)
    window.show()
    window.load_pages()
    window.lesson_dock.open_lesson("07-sampling")
    settle(qtbot)
    assert frame_fits(window)
    cut = nothing_cut_sideways(window)
    assert not cut, cut
