"""A hostile or damaged bundle installs nothing outside the workspace and explains itself;
`assets install` never moves a folder without consent, nor one that is not a workspace."""

import hashlib
import io
import json
import tarfile

import pytest

from lab import bundle
from lab.cli import main
from lab.errors import LabError
from lab.events import Progress
from lab.workspace import STAMP, Workspace, read_format


def tar_xz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:xz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def make_bundle(folder, members=None, **manifest_edits):
    """A one-stage bundle (the corpus) whose tar holds `members`; manifest fields replaced by `manifest_edits`."""
    folder.mkdir(parents=True, exist_ok=True)
    data = tar_xz(members or {"corpus/clean.txt": b"hola mundo\n"})
    (folder / "corpus.tar.xz").write_bytes(data)
    manifest = {"bundle_format": 1, "workspace_format": 1, "preset": "tiny", "seed": 1, "stages": ["corpus"],
                "report": {"corpus": {"wall_s": 1.0}}, "state": {},
                "files": [{"name": "corpus.tar.xz", "stage": "corpus", "bytes": len(data),
                           "sha256": hashlib.sha256(data).hexdigest()}]}
    manifest.update(manifest_edits)
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return folder


def unpack_first_stage(ws, folder):
    """Run the install job until its first stage is unpacked."""
    job = bundle.install(ws, "corpus", folder)
    progress = 0
    for event in job:
        progress += isinstance(event, Progress)
        if progress == 2:
            break
    job.close()


@pytest.mark.parametrize("edits", [
    {"stages": ["/tmp/x"]}, {"stages": ["../../../x"]}, {"stages": "corpus"}, {"stages": None},
    {"files": [{"name": "../../etc/passwd", "stage": "corpus", "bytes": 1, "sha256": "0"}]},
    {"files": [{"name": "/etc/passwd", "stage": "corpus", "bytes": 1, "sha256": "0"}]},
    {"report": {}}, {"files": "corpus.tar.xz"}, {"bundle_format": "one"},
])
def test_a_manifest_with_unknown_stages_or_paths_is_refused(tmp_path, edits):
    folder = make_bundle(tmp_path / "b", **edits)
    with pytest.raises(LabError, match="manifest|bundle"):
        list(bundle.install(Workspace(tmp_path / "w"), "corpus", folder))
    assert not (tmp_path / "x").exists()


def test_a_list_manifest_is_refused(tmp_path):
    folder = make_bundle(tmp_path / "b")
    (folder / "manifest.json").write_text("[1, 2]")
    with pytest.raises(LabError, match="damaged manifest"):
        bundle.read_manifest(folder)
    assert bundle.available(folder) == []


def test_only_a_stages_text_is_unpacked_never_the_stamp_or_settings(tmp_path):
    folder = make_bundle(tmp_path / "b", members={
        "corpus/clean.txt": b"hola\n", STAMP: b'{"format": 999}', "state.json": b'{"x": 1}',
        "checkpoints/pretrain/meta.json": b"{}", "../outside.txt": b"no"})
    ws = Workspace(tmp_path / "w")
    unpack_first_stage(ws, folder)
    assert (ws.root / "corpus" / "clean.txt").read_text() == "hola\n"
    assert read_format(ws.root) == 1 and not (ws.root / "checkpoints").exists()
    assert "x" not in ws.read_state() and not (tmp_path / "outside.txt").exists()


def test_a_bundle_that_expands_to_gigabytes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle, "MAX_UNPACKED_BYTES", 1000)
    folder = make_bundle(tmp_path / "b", members={"corpus/clean.txt": b"a" * 5000})
    ws = Workspace(tmp_path / "w")
    with pytest.raises(LabError, match="unpacks to more than"):
        unpack_first_stage(ws, folder)
    assert not (ws.root / "corpus" / "clean.txt").exists()


def test_install_refuses_a_folder_that_is_not_a_workspace(tmp_path, capsys):
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.txt").write_text("mine")
    (home / ".editor.abcdefgh.tmp").write_text("another program's")  # looks like our leftovers: untouched
    folder = make_bundle(tmp_path / "b")
    assert main(["assets", "install", "--workspace", str(home), "--stage", "corpus", "--bundle", str(folder),
                 "--yes"]) == 2
    assert "not an LLM Lab workspace" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "home"]
    assert sorted(p.name for p in home.iterdir()) == [".editor.abcdefgh.tmp", "thesis.txt"]


def test_install_over_work_asks_first(tmp_path, capsys, monkeypatch):
    ws = Workspace(tmp_path / "w")
    (ws.corpus_dir / "clean.txt").write_text("my corpus")
    folder = make_bundle(tmp_path / "b")
    args = ["assets", "install", "--workspace", str(ws.root), "--stage", "corpus", "--bundle", str(folder)]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: no one to ask
    assert main(args) == 2
    assert "--yes" in capsys.readouterr().err
    assert (ws.corpus_dir / "clean.txt").read_text() == "my corpus"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "w"]


def test_install_over_work_with_yes_moves_it_aside(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(bundle, "write_html", lambda *a: "", raising=False)
    monkeypatch.setattr("lab.report.write_html", lambda *a: "")
    ws = Workspace(tmp_path / "w")
    (ws.corpus_dir / "clean.txt").write_text("my corpus")
    folder = make_bundle(tmp_path / "b")
    assert main(["assets", "install", "--workspace", str(ws.root), "--stage", "corpus", "--bundle", str(folder),
                 "--yes"]) == 0
    backups = [p for p in tmp_path.iterdir() if p.name.startswith("w-backup-")]
    assert len(backups) == 1 and (backups[0] / "corpus" / "clean.txt").read_text() == "my corpus"
    assert (ws.corpus_dir / "clean.txt").read_text() == "hola mundo\n"
    assert not (ws.root / ".lock").exists() and not (backups[0] / ".lock").exists()
