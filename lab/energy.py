"""An energy meter for runs on this machine: wall time, and the energy the CPU used.

Where Linux exposes Intel's RAPL counters (`/sys/class/powercap/intel-rapl:*`, also
filled by recent AMD CPUs) and they are readable, the meter reads the CPU package's
own energy counter before and after. Elsewhere (macOS, Windows, containers, counters
readable only by root) it assumes the package draws its thermal design power (TDP)
the whole time: `ASSUMED_TDP_W` watts, or `LLM_LAB_CPU_WATTS` if set. Either way the
reading says which it was, so the learner knows a measurement from an estimate.

`metered(job, workspace, name)` wraps any job and records its wall time and energy in
the workspace's `energy.jsonl` when it ends, so the Scale page can show them beside
the famous runs. Stages installed from a bundle are listed too, estimated from the wall
time their run recorded.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from lab.events import Done, Event, Metrics, StopRequested

POWERCAP = Path("/sys/class/powercap")
ASSUMED_TDP_W = 15.0  # a typical laptop CPU package under load
ENERGY_LOG = "energy.jsonl"


@dataclass(frozen=True)
class Reading:
    """What the meter saw: seconds, joules, and whether joules were measured or assumed."""

    seconds: float
    joules: float
    measured: bool  # True: RAPL counters; False: TDP × time
    watts_assumed: float = 0.0

    @property
    def kwh(self) -> float:
        return self.joules / 3.6e6

    @property
    def watts(self) -> float:
        return self.joules / self.seconds if self.seconds > 0 else 0.0


def rapl_packages(root: Path = POWERCAP) -> list[Path]:
    """The readable package-level RAPL counters (one per CPU socket)."""
    found = []
    for zone in sorted(root.glob("intel-rapl:*")):
        if zone.name.count(":") != 1:  # intel-rapl:0:0 are sub-zones (cores, dram) inside a package
            continue
        counter = zone / "energy_uj"
        try:
            int(counter.read_text())
        except (OSError, ValueError):
            continue
        found.append(zone)
    return found


def _read_uj(zone: Path) -> tuple[int, int]:
    """The counter in microjoules and the value at which it wraps round to zero."""
    value = int((zone / "energy_uj").read_text())
    try:
        wrap = int((zone / "max_energy_range_uj").read_text())
    except (OSError, ValueError):
        wrap = 2**32
    return value, wrap


def cpu_power_watts() -> float:
    """The CPU power assumed when nothing is measured: LLM_LAB_CPU_WATTS or the stated TDP."""
    try:
        return float(os.environ.get("LLM_LAB_CPU_WATTS", ASSUMED_TDP_W))
    except ValueError:
        return ASSUMED_TDP_W


class EnergyMeter:
    """Start it, do the work, read it: `Reading(seconds, joules, measured)`."""

    def __init__(self, root: Path = POWERCAP) -> None:
        self._zones = rapl_packages(root)
        self._start_t = time.perf_counter()
        self._start_uj = self._counters()
        self._joules = 0.0

    @property
    def measured(self) -> bool:
        return bool(self._zones)

    def _counters(self) -> list[tuple[int, int]]:
        try:
            return [_read_uj(z) for z in self._zones]
        except (OSError, ValueError):
            self._zones = []  # a counter vanished or became unreadable: fall back to TDP
            return []

    def read(self) -> Reading:
        seconds = time.perf_counter() - self._start_t
        now = self._counters()
        if self._zones and len(now) == len(self._start_uj):
            for (before, wrap), (after, _) in zip(self._start_uj, now, strict=True):
                self._joules += ((after - before) % wrap) / 1e6  # modulo: the counter may have wrapped
            self._start_uj = now
            return Reading(seconds, self._joules, True)
        watts = cpu_power_watts()
        return Reading(seconds, watts * seconds, False, watts)


def record(workspace, name: str, reading: Reading, flops: float = 0.0) -> dict:
    """Append one run's reading to the workspace's energy log; returns the row written."""
    row = {"name": name, "time": time.time(), "flops": flops, **asdict(reading)}
    with (Path(workspace.root) / ENERGY_LOG).open("a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")
    return row


def history(workspace) -> list[dict]:
    """Every run recorded in the workspace, oldest first (lines cut by a crash are skipped).

    Stages installed from a bundle were trained elsewhere, before: they come first, as
    estimates from their recorded wall time (`bundled_runs`).
    """
    rows = bundled_runs(workspace)
    path = Path(workspace.root) / ENERGY_LOG
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return rows


def bundled_runs(workspace) -> list[dict]:
    """The bundled stages of `report.json` as runs: the name is the stage's, the energy an estimate
    (the machine that trained them is unknown, so it is assumed to draw `ASSUMED_TDP_W`)."""
    try:
        stages = json.loads((Path(workspace.root) / "report.json").read_text(encoding="utf-8"))["stages"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    rows = []
    for stage, entry in stages.items():
        if isinstance(entry, dict) and entry.get("bundled") and isinstance(entry.get("wall_s"), int | float):
            reading = Reading(float(entry["wall_s"]), ASSUMED_TDP_W * entry["wall_s"], False, ASSUMED_TDP_W)
            rows.append({"name": stage, "stage": stage, "bundled": True, "time": 0.0, "flops": 0.0,
                         **asdict(reading)})
    return rows


def metered(job: Iterator[Event], workspace, name: str) -> Iterator[Event]:
    """Pass `job`'s events through; at its end, add `energy/*` to the Done summary and log the run.

    A Stop thrown in here is passed on to `job`, so it can still save. If the job
    reports `flops/total` in its summary, the log keeps it, to place the run on the
    compute axis.
    """
    meter, pending = EnergyMeter(), None
    while True:
        try:
            event = job.throw(pending) if pending is not None else next(job)
        except StopIteration:
            return
        pending = None
        if isinstance(event, Done):
            reading = meter.read()
            record(workspace, name, reading, float(event.summary.get("flops/total", 0.0)))
            yield Metrics(0, energy_values(reading))
            event = Done({**event.summary, **energy_values(reading)}, event.stopped)
        try:
            yield event
        except StopRequested as stop:
            pending = stop


def energy_values(reading: Reading) -> dict[str, float]:
    return {"energy/seconds": reading.seconds, "energy/kwh": reading.kwh,
            "energy/watts": reading.watts, "energy/measured": float(reading.measured)}
