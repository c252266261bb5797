import subprocess
import sys


def test_lab_imports_without_qt():
    # PySide6 set to None in sys.modules makes any `import PySide6` fail.
    code = (
        "import sys, importlib, pkgutil\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['pyqtgraph'] = None\n"
        "import lab\n"
        "for m in pkgutil.walk_packages(lab.__path__, 'lab.'):\n"
        "    importlib.import_module(m.name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
