"""Reference cycles that hold Qt objects are collected on the GUI thread, never on a job's thread."""

import gc
import threading

from PySide6.QtCore import QObject

from ui.gui_gc import YOUNG_EVERY, GuiThreadCollector, before_a_thread_starts


class Cycle:
    """A cycle holding a QObject, as a closed page and its widgets are; says where it was collected."""

    collected_on: list[str] = []

    def __init__(self) -> None:
        self.me, self.widget = self, QObject()

    def __del__(self) -> None:
        Cycle.collected_on.append(threading.current_thread().name)


def collected() -> bool:
    return bool(Cycle.collected_on)


def test_a_jobs_thread_allocating_never_collects_widgets_the_gui_thread_does(window, qtbot):
    before_a_thread_starts()  # as the runner and the warm-up do
    Cycle.collected_on.clear()
    Cycle()  # now garbage, reachable only from itself
    kept: list[list] = []
    # Enough new objects to pass generation 0's threshold three times: automatic collection would run here.
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(3 * gc.get_threshold()[0])),
                              name="job")
    worker.start()
    worker.join()
    assert Cycle.collected_on == []
    qtbot.waitUntil(collected, timeout=3000)
    assert Cycle.collected_on == [threading.main_thread().name]


def test_a_cycle_is_collected_within_a_second_even_below_every_threshold(window, qtbot):
    before_a_thread_starts()
    gc.collect()
    Cycle.collected_on.clear()
    Cycle()
    assert gc.get_count()[0] < gc.get_threshold()[0]
    qtbot.waitUntil(collected, timeout=3000)
    assert Cycle.collected_on == [threading.main_thread().name]


def test_the_collector_collects_the_generation_python_would(window):
    owner = QObject()
    collector = GuiThreadCollector(owner)  # a fresh one: no ticks counted yet; its timer only runs in a wait
    gc.enable()  # as before any thread started
    collector.take_over()
    assert not gc.isenabled()
    gc.collect()
    assert collector.collect() == -1  # nothing past a threshold, and a full collection just ran
    kept = [[] for _ in range(gc.get_threshold()[0] + 1)]
    assert collector.collect() == 0
    assert gc.get_count()[0] < len(kept)
    for _ in range(gc.get_threshold()[1] + 1):
        gc.collect(0)
    assert collector.collect() == 1
    assert [collector.collect() for _ in range(YOUNG_EVERY)] == [-1] * (YOUNG_EVERY - 1) + [0]  # once a second


def test_a_full_collection_waits_for_a_quarter_more_long_lived_objects(window):
    owner = QObject()
    collector = GuiThreadCollector(owner)
    before_a_thread_starts()

    def pass_the_oldest_threshold() -> None:
        for _ in range(gc.get_threshold()[2] + 1):
            gc.collect(1)  # each moves what survives into the oldest generation

    pass_the_oldest_threshold()
    assert collector.collect() == 2  # the first: nothing counted as long-lived yet
    pass_the_oldest_threshold()
    assert collector.collect() == -1  # few new long-lived objects: Python would not collect everything either
    kept = [[] for _ in range(len(gc.get_objects(2)) // 3)]
    pass_the_oldest_threshold()
    assert collector.collect() == 2
    assert kept


def test_the_oldest_generation_is_counted_once_per_pass_of_generation_1_not_every_tick(window, monkeypatch):
    owner = QObject()
    collector = GuiThreadCollector(owner)
    before_a_thread_starts()
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)
    collector._long_lived = len(gc.get_objects(2))  # as after a full collection: nothing new is long-lived
    looks = []
    monkeypatch.setattr(collector, "_old_enough", lambda: looks.append(1) or False)
    for _ in range(3):
        collector.collect()
    assert looks == [1]  # counting the oldest generation takes ~15 ms: not five times a second
    gc.collect(1)
    collector.collect()
    assert looks == [1, 1]
