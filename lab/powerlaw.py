"""Fitting a scaling law L(N) = a·N^−α + c to a handful of (N, loss) points, with error bars.

Kaplan et al. (2020) and Hoffmann et al. (2022) describe how loss falls with model
size as a power law above a floor c (the loss no model can beat: the text's own
entropy). With c fixed, log(L − c) = log a − α·log N is a straight line, so the fit
scans a grid of floors, solves each line by least squares, keeps the best, and then
refines all three parameters together with Levenberg–Marquardt on the loss itself.
The uncertainty of each parameter is the square root of the diagonal of the
covariance s²·(JᵀJ)⁻¹ at the optimum (J: the Jacobian, s²: residual variance with
n − 3 degrees of freedom), which needs at least four points. numpy only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

GRID = 200  # floors tried before the refinement
ITERATIONS = 100


@dataclass(frozen=True)
class PowerLawFit:
    """L(N) = a·N^−α + c with one standard error per parameter (NaN when it cannot be known)."""

    a: float
    alpha: float
    c: float
    a_err: float
    alpha_err: float
    c_err: float
    rmse: float  # root mean square of the residuals, in loss units

    def predict(self, n: np.ndarray | float) -> np.ndarray:
        return self.a * np.asarray(n, dtype=float) ** -self.alpha + self.c


def fit_power_law(n: list[float] | np.ndarray, loss: list[float] | np.ndarray,
                  floor: float | None = None) -> PowerLawFit:
    """Fit L = a·N^−α + c to the points; pass `floor` to fix c instead of fitting it."""
    x, y = _check_points(n, loss, 2 if floor is not None else 3)
    logx = np.log(x)
    if floor is not None:
        log_a, alpha, _ = _line_fit(logx, y, floor)
        theta = np.array([log_a, alpha, floor])
        return _with_errors(theta, logx, y, free=2)
    theta = _grid_start(logx, y)
    theta = _levenberg_marquardt(theta, logx, y)
    return _with_errors(theta, logx, y, free=3)


def _check_points(n, loss, need: int) -> tuple[np.ndarray, np.ndarray]:
    x, y = np.asarray(n, dtype=float), np.asarray(loss, dtype=float)
    ok = np.isfinite(x) & np.isfinite(y) & (x > 0)
    x, y = x[ok], y[ok]
    if len(x) < need or len(np.unique(x)) < need:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "A scaling law needs at least {need} models of different "
                                         "sizes, but there are {n}. Train more models in the sweep."),
                       need=need, n=len(np.unique(x)))
    return x, y


def _line_fit(logx: np.ndarray, y: np.ndarray, c: float) -> tuple[float, float, float]:
    """With the floor c fixed: least squares of log(y − c) on log N; returns (log a, α, squared error)."""
    gap = np.maximum(y - c, 1e-12)
    slope, intercept = np.polyfit(logx, np.log(gap), 1)
    pred = np.exp(intercept + slope * logx) + c
    return float(intercept), float(-slope), float(np.sum((y - pred) ** 2))


def _grid_start(logx: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The best (log a, α, c) over a grid of floors from 0 to just under the lowest loss."""
    best = None
    for c in np.linspace(0.0, y.min() * (1 - 1e-3), GRID):
        log_a, alpha, sse = _line_fit(logx, y, c)
        if best is None or sse < best[0]:
            best = (sse, log_a, alpha, c)
    return np.array(best[1:])


def _model(theta: np.ndarray, logx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Predictions and their Jacobian (n, 3) with respect to (log a, α, c)."""
    log_a, alpha, _ = theta
    power = np.exp(log_a - alpha * logx)  # a·N^−α
    jac = np.stack([power, -logx * power, np.ones_like(logx)], axis=1)
    return power + theta[2], jac


def _levenberg_marquardt(theta: np.ndarray, logx: np.ndarray, y: np.ndarray) -> np.ndarray:
    damping = 1e-3
    pred, jac = _model(theta, logx)
    sse = float(np.sum((y - pred) ** 2))
    for _ in range(ITERATIONS):
        jtj = jac.T @ jac
        step = np.linalg.solve(jtj + damping * np.diag(np.diag(jtj) + 1e-12), jac.T @ (y - pred))
        trial = theta + step
        trial[2] = max(trial[2], 0.0)  # a loss floor below zero means nothing
        trial_pred, trial_jac = _model(trial, logx)
        trial_sse = float(np.sum((y - trial_pred) ** 2))
        if trial_sse < sse:
            converged = sse - trial_sse < 1e-15 * max(sse, 1e-30)
            theta, pred, jac, sse, damping = trial, trial_pred, trial_jac, trial_sse, damping / 3
            if converged:
                break
        else:
            damping *= 4
            if damping > 1e12:
                break
    return theta


def _with_errors(theta: np.ndarray, logx: np.ndarray, y: np.ndarray, free: int) -> PowerLawFit:
    pred, jac = _model(theta, logx)
    residuals = y - pred
    sse = float(np.sum(residuals**2))
    dof = len(y) - free
    errors = [math.nan] * 3
    if dof > 0:
        jac = jac[:, :free]
        try:
            cov = (sse / dof) * np.linalg.inv(jac.T @ jac)
            errors[:free] = np.sqrt(np.clip(np.diag(cov), 0, None)).tolist()
        except np.linalg.LinAlgError:
            pass
    a = math.exp(theta[0])
    if free == 2:
        errors[2] = 0.0
    return PowerLawFit(a=a, alpha=float(theta[1]), c=float(theta[2]), a_err=a * errors[0],  # d(a) = a·d(log a)
                       alpha_err=errors[1], c_err=errors[2], rmse=math.sqrt(sse / len(y)))


def parabola_minimum(n: list[float] | np.ndarray, loss: list[float] | np.ndarray) -> float | None:
    """The N at the bottom of a parabola fitted to loss against log N (an iso-FLOP curve's optimum)."""
    x, y = np.log(np.asarray(n, dtype=float)), np.asarray(loss, dtype=float)
    if len(x) < 3:
        return None
    curve, slope, _ = np.polyfit(x, y, 2)
    if curve <= 0:
        return None  # no bottom: the best size lies outside the sweep
    return float(math.exp(-slope / (2 * curve)))
