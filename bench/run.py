"""Benchmarks on a demo database of N households: ``python bench/run.py --households N --json OUT``.

Not part of the tests. Builds (and caches, by N, seed and schema) the demo database, then
measures. Later features add their keys to ``MEASUREMENTS``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.database import open_database  # noqa: E402
from core.demo import generate_demo  # noqa: E402
from db.migrate import head_revision  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
STARTUP_MARK = "KAEJON-MAIN-WINDOW-SHOWN"


def build_database(households: int, seed: int) -> tuple[Path, float]:
    """The cached demo database for (N, seed, schema) and the seconds its generation took."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{households}-s{seed}-{head_revision()}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        return path, float(json.loads(meta.read_text())["demo_s"])
    partial = path.with_suffix(".partial.db")
    for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        p.unlink(missing_ok=True)
    started = time.perf_counter()
    database = open_database(partial, create=True)
    try:
        generate_demo(database, households=households, seed=seed)
    finally:
        database.dispose()
    seconds = time.perf_counter() - started
    partial.replace(path)
    meta.write_text(json.dumps({"demo_s": seconds}))
    return path, seconds


def startup_seconds(db: Path, runs: int = 3) -> float:
    """Process start to main window shown (offscreen), best of ``runs``."""
    best = float("inf")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KAEJON_EXIT_AFTER_SHOW": "1",
               "KAEJON_DATA_DIR": home}
        for _ in range(runs):
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db)],
                                  env=env, capture_output=True, text=True, timeout=300, check=False)
            elapsed = time.perf_counter() - started
            if STARTUP_MARK not in proc.stdout:
                raise RuntimeError(f"the main window did not open:\n{proc.stderr[-2000:]}")
            best = min(best, elapsed)
    return best


MEASUREMENTS: dict[str, Callable[[Path], float]] = {
    "startup_s": startup_seconds,
}


def main() -> int:
    """Run the benchmarks and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the timings here")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    args = parser.parse_args()
    if args.fresh:
        shutil.rmtree(CACHE, ignore_errors=True)
    db, demo_s = build_database(args.households, args.seed)
    results: dict[str, object] = {
        "households": args.households,
        "demo_s": round(demo_s, 2),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
    }
    for key, measure in MEASUREMENTS.items():
        results[key] = round(measure(db), 3)
    text = json.dumps(results, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
