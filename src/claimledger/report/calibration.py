"""The calibration curve of `forecasts score --plot FILE.png|svg` (matplotlib, Agg backend)."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def plot_calibration(results: dict[str, dict], path: Path) -> Path:
    """One line per group: mean forecast (x) against observed frequency (y) per non-empty bin,
    marker size by count, with the diagonal of perfect calibration."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise InputError(f"--plot must end in .png or .svg, not {path.name}")
    from ..optional import require

    matplotlib = require("matplotlib", "forecasts score --plot")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 5.5))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=1, label="perfect calibration")
    for name, summary in results.items():
        bins = [b for b in summary["calibration"] if b["count"]]
        if not bins:
            continue
        xs = [b["mean_forecast"] for b in bins]
        ys = [b["observed"] for b in bins]
        sizes = [30 + 20 * b["count"] for b in bins]
        label = name.replace("$", r"\$")   # a '$' in a source's name is not matplotlib math
        line, = ax.plot(xs, ys, marker="", linewidth=1.5, label=f"{label} (n={summary['n']}, Brier {summary['brier']:.3f})")
        ax.scatter(xs, ys, s=sizes, color=line.get_color(), zorder=3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("forecast probability (bin mean)")
    ax.set_ylabel("observed frequency")
    ax.set_title("claimledger: calibration of resolved forecasts")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    from ..outfile import open_output

    try:
        with open_output(path, binary=True) as stream:
            fig.savefig(stream, format=suffix[1:])
    finally:
        plt.close(fig)
    return path
