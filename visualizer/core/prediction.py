"""What signal-propagation theory predicts for a network at initialization, as a value that
travels in frames and reports (`core.theory` computes it), and why the theory may not apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NotApplicable(StrEnum):
    """Why the theory does not apply, with the one sentence that says so (English; the
    window translates it in the "core" context)."""

    text: str

    def __new__(cls, code: str, text: str) -> NotApplicable:
        member = str.__new__(cls, code)
        member._value_ = code
        member.text = text
        return member

    BATCH_NORM = ("batch_norm", "batch norm rescales every unit by its batch statistics")
    DROPOUT = (
        "dropout",
        "dropout scales the training passes' variances by 1/(1-p), not the probe's",
    )
    MAXOUT = ("maxout", "maxout is not an element-wise function")
    RRELU = ("rrelu", "rrelu draws random slopes in training passes, their mean in the probe")
    CONSTANT_INIT = ("constant_init", "constant weights are not independent random draws")
    BIAS_INIT = ("bias_init", "the recursion assumes biases of 0 at initialization")


@dataclass(frozen=True)
class Prediction:
    """Per hidden layer, the predicted variance of the pre-activations z and of dL/da at
    initialization; or, with `reason` set, no numbers at all. Plain floats and an enum:
    cheap to pickle into a frame."""

    pre_activation_var: tuple[float, ...] = ()
    activation_grad_var: tuple[float, ...] = ()
    reason: NotApplicable | None = None

    @classmethod
    def not_applicable(cls, reason: NotApplicable) -> Prediction:
        return cls(reason=reason)

    @property
    def applies(self) -> bool:
        return self.reason is None

    @property
    def explanation(self) -> str:
        """One English sentence on why the theory does not apply ("" when it does)."""
        return self.reason.text if self.reason is not None else ""
