"""The files the app reads at run time are found through the packages, wherever the app is installed."""

from lab import bundle, resources
from lab.lesson_format import LANGS, LESSONS_DIR, lesson_files


def test_lessons_and_bundle_come_from_the_data_packages():
    import lab.assets
    import lab.lessons

    assert LESSONS_DIR == resources.lessons_dir() == resources.package_dir("lab.lessons", "unused")
    assert (LESSONS_DIR / "__init__.py").samefile(lab.lessons.__file__)
    assert bundle.DEFAULT_BUNDLE.parent.joinpath("__init__.py").samefile(lab.assets.__file__)


def test_every_lesson_and_the_bundle_manifest_are_there():
    counts = {lang: len(lesson_files(lang)) for lang in LANGS}
    assert counts["es"] == counts["en"] >= 14
    assert (bundle.DEFAULT_BUNDLE / bundle.MANIFEST).is_file()
    assert resources.icon_path().read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_a_checkout_without_the_mapping_reads_the_folder_beside_lab():
    # An editable install made before the data packages existed cannot import them.
    assert resources.package_dir("lab.no_such_data", "lessons") == resources.CHECKOUT / "lessons"
