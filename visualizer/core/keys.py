"""Every configuration key, declared once (docs/DESIGN.md, "Configuration keys").

A `Key` says everything the program needs about one key: its type and default, the range
it accepts (and whether its slider is log-scaled), the widget that edits it, its label
and help text in English and Korean, whether a change applies on the next step or
rebuilds the network, and whether a lesson may hide or lock it. From `KEYS` come
`Config`'s validation (`core.config`), the control rows (`ui.control_rows`), the command
line's `--set` help, the README's key table (`tools/write_keys_table.py`), the lesson-file
validation and the Korean texts of the controls (`tools/update_translations.py`).

Adding a key: one `Key(...)` in `KEYS` (in the control order of its group), the field of
the same name and default in `core.config.Config` (a test holds the two together), then
the code that reads it and its tests; run `tools/write_keys_table.py` for the README.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple

from .schedules import SCHEDULES


class Text(NamedTuple):
    """A text in both interface languages."""

    en: str
    ko: str


class Group(Enum):
    """The control panel's groups, in order; the value is the group's title."""

    NETWORK = Text("Network", "신경망")
    TRAINING = Text("Training", "학습")
    DATA = Text("Data", "데이터")


class Widget(Enum):
    """What edits a key in the control panel."""

    SLIDER = "slider"  # an integer slider with a spin box over [low, high]
    LOG_SLIDER = "log_slider"  # a log-scaled slider over `scale` and an exact number field
    NUMBER = "number"  # a plain number field (empty = None when the key is optional)
    SPIN = "spin"  # an integer spin box (a wide one past 32 bits)
    DECIMAL = "decimal"  # a decimal spin box over the range, `step` and `decimals`
    CHECK = "check"  # a check box
    CHOICE = "choice"  # a list of names
    DATASET = "dataset"  # a list of names and an "Open file…" button


class Applies(Enum):
    """When a changed value takes effect in a running training."""

    NEXT_STEP = "next step"  # the optimizer or the next batch reads it
    REBUILD = "rebuild"  # the run is built again (network, data, statistics)


@dataclass(frozen=True, eq=False)
class Key:
    """One configuration key. A number is accepted in [low, high], an open end excludes its
    bound (`low_open`: low < value; `high_open`: value < high); None: unbounded. `choices`
    lists the accepted names, or names the core registry that holds them ("activations",
    "initializers", "optimizers", "losses", "datasets"). `optional`: None is a value; with
    `derived_from`, None stands for the default that key's value gives (the activation's
    alpha, the dataset's samples), and changing that key brings the default back."""

    name: str
    type: type
    default: Any
    group: Group
    label: Text
    help: Text
    widget: Widget
    applies: Applies = Applies.REBUILD
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    log: bool = False
    scale: tuple[float, float] | None = None  # a log slider's span
    step: float = 1.0  # a spin box's single step
    decimals: int = 0  # a decimal spin box's decimals
    optional: bool = False
    derived_from: str | None = None  # the key whose value gives this one's default (None)
    none_text: Text | None = None  # how a spin box shows None
    choices: tuple[str, ...] | str = ()
    choice_help: dict[str, Text] = field(default_factory=dict)
    restrictable: bool = True  # a lesson may hide or lock it
    chooses_data: bool = False  # the data as read depends on it (runs that agree share it)

    @property
    def allowed(self) -> str:
        """The accepted range as the error messages say it: '1..50', '> 0', '0 <= dropout < 1'."""
        low, high = self.low, self.high
        if low is None and high is None:
            return "a finite number"
        if high is None:
            return f"{'>' if self.low_open else '>='} {_number(low)}"
        if low is None:
            return f"{'<' if self.high_open else '<='} {_number(high)}"
        if self.type is int and not (self.low_open or self.high_open):
            return f"{_number(low)}..{_number(high)}"
        below, above = ("<" if self.low_open else "<="), ("<" if self.high_open else "<=")
        return f"{_number(low)} {below} {self.name} {above} {_number(high)}"

    def accepts(self, value: float) -> bool:
        """Whether the number `value` is finite and in the range."""
        if not math.isfinite(value):
            return False
        if self.low is not None and (value <= self.low if self.low_open else value < self.low):
            return False
        return self.high is None or (value < self.high if self.high_open else value <= self.high)


def _number(value: float) -> str:
    """A bound as people write it: 4294967295, 0.5, 1e-05."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


NETWORK, TRAINING, DATA = Group.NETWORK, Group.TRAINING, Group.DATA
NEXT_STEP = Applies.NEXT_STEP

DEPTH = Key(
    name="depth",
    type=int,
    default=5,
    group=NETWORK,
    label=Text("Depth (hidden layers)", "깊이 (은닉층 수)"),
    help=Text("Number of hidden layers", "은닉층의 개수"),
    widget=Widget.SLIDER,
    low=1,
    high=50,
)
WIDTH = Key(
    name="width",
    type=int,
    default=100,
    group=NETWORK,
    label=Text("Width (units per layer)", "너비 (층당 뉴런 수)"),
    help=Text("Units in each hidden layer", "각 은닉층의 뉴런 수"),
    widget=Widget.SLIDER,
    low=1,
    high=2048,
)
ACTIVATION = Key(
    name="activation",
    type=str,
    default="relu",
    group=NETWORK,
    label=Text("Activation function", "활성화 함수"),
    help=Text("The non-linearity after each hidden layer", "각 은닉층 뒤의 비선형 함수"),
    widget=Widget.CHOICE,
    choices="activations",
)
ACTIVATION_ALPHA = Key(
    name="activation_alpha",
    type=float,
    default=None,
    group=NETWORK,
    label=Text("Alpha", "알파"),
    help=Text(
        "The activation's parameter (slope, scale or pieces); empty = default",
        "활성화 함수의 매개변수 (기울기, 배율 또는 조각 수); 비우면 기본값",
    ),
    widget=Widget.NUMBER,
    optional=True,
    derived_from="activation",
)
INIT = Key(
    name="init",
    type=str,
    default="he_normal",
    group=NETWORK,
    label=Text("Weight initialization", "가중치 초기화"),
    help=Text("How the weights are drawn at the start", "학습 시작 때 가중치를 뽑는 방법"),
    widget=Widget.CHOICE,
    choices="initializers",
)
INIT_SCALE = Key(
    name="init_scale",
    type=float,
    default=1.0,
    group=NETWORK,
    label=Text("Init scale", "초기화 배율"),
    help=Text(
        "std for normal, limit for uniform, a gain for the named schemes",
        "normal은 표준편차, uniform은 범위, 이름 있는 초기화는 배율",
    ),
    widget=Widget.LOG_SLIDER,
    low=0,
    low_open=True,
    log=True,
    scale=(1e-4, 10),
)
BIAS_INIT = Key(
    name="bias_init",
    type=float,
    default=0.0,
    group=NETWORK,
    label=Text("Bias init", "편향 초기값"),
    help=Text(
        "Every hidden bias at the start (0 = usual; 0.01 keeps ReLUs firing)",
        "시작할 때 모든 은닉층 편향의 값 (0 = 보통; 0.01은 ReLU가 켜져 있게 합니다)",
    ),
    widget=Widget.DECIMAL,
    low=-1,
    high=1,
    step=0.01,
    decimals=3,
)
BATCH_NORM = Key(
    name="batch_norm",
    type=bool,
    default=False,
    group=NETWORK,
    label=Text("Batch normalization", "배치 정규화"),
    help=Text(
        "Normalize each hidden layer's units by their batch statistics",
        "은닉층의 각 뉴런을 배치 통계로 정규화합니다",
    ),
    widget=Widget.CHECK,
)
BATCH_NORM_POSITION = Key(
    name="batch_norm_position",
    type=str,
    default="before",
    group=NETWORK,
    label=Text("Batch norm position", "배치 정규화 위치"),
    help=Text(
        "Where batch normalization sits in each hidden layer",
        "각 은닉층에서 배치 정규화가 놓이는 자리",
    ),
    widget=Widget.CHOICE,
    choices=("before", "after"),
    choice_help={
        "before": Text(
            "Dense → batch norm → activation (Ioffe and Szegedy)",
            "Dense → 배치 정규화 → 활성화 함수 (Ioffe와 Szegedy)",
        ),
        "after": Text("Dense → activation → batch norm", "Dense → 활성화 함수 → 배치 정규화"),
    },
)
DROPOUT = Key(
    name="dropout",
    type=float,
    default=0.0,
    group=NETWORK,
    label=Text("Dropout", "드롭아웃"),
    help=Text(
        "Probability of dropping each hidden unit while training", "학습 중 각 은닉 뉴런을 끌 확률"
    ),
    widget=Widget.DECIMAL,
    low=0,
    high=1,
    high_open=True,
    step=0.05,
    decimals=2,
)
OPTIMIZER = Key(
    name="optimizer",
    type=str,
    default="sgd",
    group=TRAINING,
    label=Text("Optimizer", "옵티마이저"),
    help=Text("The update rule", "갱신 규칙"),
    widget=Widget.CHOICE,
    choices="optimizers",
)
LR = Key(
    name="lr",
    type=float,
    default=0.01,
    group=TRAINING,
    label=Text("Learning rate", "학습률"),
    help=Text("Step size of each update", "갱신 한 번의 보폭"),
    widget=Widget.LOG_SLIDER,
    applies=NEXT_STEP,
    low=0,
    low_open=True,
    log=True,
    scale=(1e-5, 10),
)
LR_SCHEDULE = Key(
    name="lr_schedule",
    type=str,
    default="none",
    group=TRAINING,
    label=Text("Learning-rate decay", "학습률 감소"),
    help=Text(
        "How the learning rate falls as training goes on",
        "훈련이 진행되면서 학습률이 줄어드는 방식",
    ),
    widget=Widget.CHOICE,
    applies=NEXT_STEP,
    choices=SCHEDULES,
    choice_help={
        "none": Text("The same rate at every step", "모든 단계에서 같은 학습률"),
        "step": Text("lr × d every T steps", "T 단계마다 lr × d"),
        "cosine": Text(
            "Half a cosine from lr down to d × lr over T steps",
            "T 단계에 걸쳐 코사인 반 주기로 lr에서 d × lr까지",
        ),
    },
)
LR_DECAY = Key(
    name="lr_decay",
    type=float,
    default=0.1,
    group=TRAINING,
    label=Text("Decay factor d", "감소 비율 d"),
    help=Text(
        "step: the factor every T steps; cosine: the final share of lr",
        "step: T 단계마다 곱하는 비율, cosine: 마지막에 남는 lr의 비율",
    ),
    widget=Widget.DECIMAL,
    applies=NEXT_STEP,
    low=0,
    low_open=True,
    high=1,
    step=0.05,
    decimals=3,
)
LR_PERIOD = Key(
    name="lr_period",
    type=int,
    default=100,
    group=TRAINING,
    label=Text("Decay period T", "감소 주기 T"),
    help=Text(
        "Steps between step decays, or the cosine's length",
        "step 감소 사이의 단계 수, 또는 코사인의 길이",
    ),
    widget=Widget.SPIN,
    applies=NEXT_STEP,
    low=1,
    high=10_000_000,
)
MOMENTUM = Key(
    name="momentum",
    type=float,
    default=0.9,
    group=TRAINING,
    label=Text("Momentum", "모멘텀"),
    help=Text(
        "μ in v = μ v - lr g: the share of the last step kept (0 = plain SGD)",
        "v = μ v - lr g의 μ: 직전 이동을 얼마나 유지할지 (0 = 보통의 SGD)",
    ),
    widget=Widget.DECIMAL,
    applies=NEXT_STEP,
    low=0,
    high=1,
    high_open=True,
    step=0.01,
    decimals=4,
)
RHO = Key(
    name="rho",
    type=float,
    default=0.9,
    group=TRAINING,
    label=Text("Decay rho", "감쇠율 rho"),
    help=Text(
        "ρ in h = ρ h + (1 - ρ) g²: how slowly the running average of g² forgets",
        "h = ρ h + (1 - ρ) g²의 ρ: g²의 이동 평균이 과거를 얼마나 천천히 잊는지",
    ),
    widget=Widget.DECIMAL,
    applies=NEXT_STEP,
    low=0,
    high=1,
    high_open=True,
    step=0.01,
    decimals=4,
)
BETA1 = Key(
    name="beta1",
    type=float,
    default=0.9,
    group=TRAINING,
    label=Text("Beta 1", "베타 1"),
    help=Text(
        "β1 in m = β1 m + (1 - β1) g: decay of the running mean of the gradient",
        "m = β1 m + (1 - β1) g의 β1: 그레이디언트 이동 평균의 감쇠율",
    ),
    widget=Widget.DECIMAL,
    applies=NEXT_STEP,
    low=0,
    high=1,
    high_open=True,
    step=0.01,
    decimals=4,
)
BETA2 = Key(
    name="beta2",
    type=float,
    default=0.999,
    group=TRAINING,
    label=Text("Beta 2", "베타 2"),
    help=Text(
        "β2 in v = β2 v + (1 - β2) g²: decay of the running mean of g²",
        "v = β2 v + (1 - β2) g²의 β2: g² 이동 평균의 감쇠율",
    ),
    widget=Widget.DECIMAL,
    applies=NEXT_STEP,
    low=0,
    high=1,
    high_open=True,
    step=0.01,
    decimals=4,
)
EPSILON = Key(
    name="epsilon",
    type=float,
    default=1e-8,
    group=TRAINING,
    label=Text("Epsilon", "엡실론"),
    help=Text(
        "ε in g / (√h + ε): a small constant that avoids division by zero",
        "g / (√h + ε)의 ε: 0으로 나누는 것을 막는 작은 상수",
    ),
    widget=Widget.NUMBER,
    applies=NEXT_STEP,
    low=0,
    low_open=True,
)
BIAS_CORRECTION = Key(
    name="bias_correction",
    type=bool,
    default=True,
    group=TRAINING,
    label=Text("Bias correction", "편향 보정"),
    help=Text(
        "Adam: divide m and v by 1 - β1ᵗ and 1 - β2ᵗ (off: their zero start biases the "
        "first steps)",
        "Adam: m과 v를 1 - β1ᵗ, 1 - β2ᵗ로 나눔 (끄면: 0에서 시작한 값이 첫 단계들을 치우치게 함)",
    ),
    widget=Widget.CHECK,
)
WEIGHT_DECAY = Key(
    name="weight_decay",
    type=float,
    default=0.0,
    group=TRAINING,
    label=Text("Weight decay (L2)", "가중치 감소 (L2)"),
    help=Text("lambda in g += lambda W; 0 = off", "g += lambda W 의 lambda; 0 = 끔"),
    widget=Widget.NUMBER,
    applies=NEXT_STEP,
    low=0,
)
GRAD_CLIP = Key(
    name="grad_clip",
    type=float,
    default=0.0,
    group=TRAINING,
    label=Text("Gradient clipping", "그레이디언트 클리핑"),
    help=Text("Global gradient norm limit; 0 = off", "전체 그레이디언트 노름의 상한; 0 = 끔"),
    widget=Widget.NUMBER,
    applies=NEXT_STEP,
    low=0,
)
BATCH_SIZE = Key(
    name="batch_size",
    type=int,
    default=128,
    group=TRAINING,
    label=Text("Mini-batch size", "미니배치 크기"),
    help=Text("Samples per update", "갱신 한 번에 쓰는 샘플 수"),
    widget=Widget.SPIN,
    applies=NEXT_STEP,
    low=1,
    scale=(1, 100_000),
)
LOSS = Key(
    name="loss",
    type=str,
    default="cross_entropy",
    group=TRAINING,
    label=Text("Loss", "손실 함수"),
    help=Text("What training minimizes", "학습이 최소화하는 값"),
    widget=Widget.CHOICE,
    choices="losses",
)
DATASET = Key(
    name="dataset",
    type=str,
    default="spiral",
    group=DATA,
    label=Text("Dataset", "데이터셋"),
    help=Text("Built-in data, or your own file", "내장 데이터 또는 직접 가져온 파일"),
    widget=Widget.DATASET,
    choices="datasets",
    chooses_data=True,
)
SAMPLES = Key(
    name="samples",
    type=int,
    default=None,
    group=DATA,
    label=Text("Samples", "샘플 수"),
    help=Text(
        "How many samples to generate or load (all: every sample of a file)",
        "생성하거나 불러올 샘플 수 (전체: 파일의 모든 샘플)",
    ),
    widget=Widget.SPIN,
    low=10,
    scale=(10, 10_000_000),
    optional=True,
    derived_from="dataset",
    none_text=Text("all", "전체"),
    chooses_data=True,
)
NOISE = Key(
    name="noise",
    type=float,
    default=None,
    group=DATA,
    label=Text("Noise", "잡음"),
    help=Text("Noise of the generated data", "생성 데이터의 잡음"),
    widget=Widget.DECIMAL,
    low=0,
    scale=(0, 10),
    step=0.05,
    decimals=3,
    optional=True,
    derived_from="dataset",
    chooses_data=True,
)
TEST_FRACTION = Key(
    name="test_fraction",
    type=float,
    default=0.2,
    group=DATA,
    label=Text("Test fraction", "테스트 비율"),
    help=Text("Share of samples held out", "테스트용으로 떼어 둘 샘플 비율"),
    widget=Widget.DECIMAL,
    low=0,
    high=1,
    high_open=True,
    step=0.05,
    decimals=2,
    chooses_data=True,
)
OUTLIERS = Key(
    name="outliers",
    type=float,
    default=0.0,
    group=DATA,
    label=Text("Outliers", "이상치"),
    help=Text(
        "Share of the training targets moved up by 4 (regression; the test targets stay clean)",
        "4만큼 위로 옮긴 훈련 목표값의 비율 (회귀; 테스트 목표값은 그대로)",
    ),
    widget=Widget.DECIMAL,
    low=0,
    high=0.5,
    step=0.05,
    decimals=2,
    chooses_data=True,
)
LABEL_NOISE = Key(
    name="label_noise",
    type=float,
    default=0.0,
    group=DATA,
    label=Text("Label noise", "레이블 잡음"),
    help=Text(
        "Share of the training labels replaced by another class (the test labels stay true)",
        "다른 클래스로 바꾼 훈련 레이블의 비율 (테스트 레이블은 그대로)",
    ),
    widget=Widget.DECIMAL,
    low=0,
    high=1,
    high_open=True,
    step=0.05,
    decimals=2,
    chooses_data=True,
)
PREPROCESS = Key(
    name="preprocess",
    type=str,
    default="none",
    group=DATA,
    label=Text("Preprocessing", "전처리"),
    help=Text(
        "Inputs shifted, scaled or rotated by the training set's mean, std and covariance "
        "(the test set by the same numbers)",
        "훈련 데이터의 평균, 표준편차, 공분산으로 입력을 옮기고 크기를 맞추거나 회전합니다"
        "(테스트 데이터도 같은 값으로)",
    ),
    widget=Widget.CHOICE,
    choices=("none", "center", "standardize", "pca", "whiten"),
    choice_help={
        "none": Text("The inputs as they are", "입력을 그대로 사용"),
        "center": Text("x - mean: every feature centred on 0", "x - 평균: 모든 특성을 0 중심으로"),
        "standardize": Text(
            "(x - mean) / std: every feature centred, spread 1",
            "(x - 평균) / 표준편차: 모든 특성을 0 중심, 표준편차 1로",
        ),
        "pca": Text(
            "(x - mean) U: rotated onto the principal axes, decorrelated",
            "(x - 평균) U: 주성분 축으로 회전해 특성 사이의 상관을 없앱니다",
        ),
        "whiten": Text(
            "(x - mean) U / sqrt(λ + ε): decorrelated, variance 1 along every axis",
            "(x - 평균) U / sqrt(λ + ε): 상관을 없애고 모든 축의 분산을 1로",
        ),
    },
)
INPUT_CLOUD_STAGES: tuple[str, ...] = ("none", "center", "pca", "whiten")
"""The preprocessings the input cloud view shows side by side: raw, centred, decorrelated,
whitened (CS231n's figure)."""
INPUT_DIM = Key(
    name="input_dim",
    type=int,
    default=100,
    group=DATA,
    label=Text("Input features", "입력 특성 수"),
    help=Text("Features of the gaussian probe data", "가우시안 탐침 데이터의 특성 수"),
    widget=Widget.SPIN,
    low=1,
    high=4096,
    chooses_data=True,
)
SEED = Key(
    name="seed",
    type=int,
    default=0,
    group=DATA,
    label=Text("Seed", "시드"),
    help=Text(
        "Same seed: same data, weights, batches and curves",
        "같은 시드: 같은 데이터, 가중치, 미니배치, 곡선",
    ),
    widget=Widget.SPIN,
    low=0,
    high=2**32 - 1,
    chooses_data=True,
)
DTYPE = Key(
    name="dtype",
    type=str,
    default="float32",
    group=DATA,
    label=Text("Precision", "정밀도"),
    help=Text("Floating-point type of the network", "신경망의 부동소수점 형식"),
    widget=Widget.CHOICE,
    choices=("float32", "float64"),
)
BINS = Key(
    name="bins",
    type=int,
    default=30,
    group=DATA,
    label=Text("Histogram bins", "히스토그램 구간 수"),
    help=Text("Bins of every histogram", "모든 히스토그램의 구간 수"),
    widget=Widget.SPIN,
    applies=NEXT_STEP,
    low=5,
    high=200,
    restrictable=False,
)

KEYS: tuple[Key, ...] = (
    DEPTH,
    WIDTH,
    ACTIVATION,
    ACTIVATION_ALPHA,
    INIT,
    INIT_SCALE,
    BIAS_INIT,
    BATCH_NORM,
    BATCH_NORM_POSITION,
    DROPOUT,
    OPTIMIZER,
    LR,
    LR_SCHEDULE,
    LR_DECAY,
    LR_PERIOD,
    MOMENTUM,
    RHO,
    BETA1,
    BETA2,
    EPSILON,
    BIAS_CORRECTION,
    WEIGHT_DECAY,
    GRAD_CLIP,
    BATCH_SIZE,
    LOSS,
    DATASET,
    SAMPLES,
    INPUT_DIM,
    NOISE,
    TEST_FRACTION,
    OUTLIERS,
    LABEL_NOISE,
    PREPROCESS,
    SEED,
    DTYPE,
    BINS,
)
"""Every key, in the order of Config's fields (the order files and reports write them)."""
BY_NAME: dict[str, Key] = {key.name: key for key in KEYS}
NAMES: tuple[str, ...] = tuple(BY_NAME)
NEXT_STEP_KEYS: frozenset[str] = frozenset(k.name for k in KEYS if k.applies is NEXT_STEP)
"""Keys a running training takes on its next step; a change to any other rebuilds the run."""
DATA_KEYS: tuple[str, ...] = tuple(k.name for k in KEYS if k.chooses_data)
"""The keys that choose the data as read (before preprocessing); runs that share them read
it once."""
RESTRICTABLE: tuple[str, ...] = tuple(k.name for k in KEYS if k.restrictable)
"""Keys a lesson may hide or lock."""


def allowed_text(key: Key) -> str:
    """What `key` accepts, for the command line's help and the README's table."""
    if key.type is bool:
        return "true or false"
    if isinstance(key.choices, str):
        names = (
            f"{key.choices.removesuffix('s').removesuffix('se')}{'s' if key is LOSS else ''} names"
        )
        return f"{names} or a path to a .csv, .npz or MNIST folder" if key is DATASET else names
    if key.choices:
        return ", ".join(key.choices)
    return key.allowed


def default_text(key: Key) -> str:
    """`key`'s default as the README and the help say it."""
    if key.default is None and key.derived_from is not None:
        return f"per {key.derived_from}"
    if isinstance(key.default, bool):
        return str(key.default).lower()
    return f"{key.default:g}" if isinstance(key.default, float) else str(key.default)


def summaries() -> list[str]:
    """Each key with its default and what it accepts (for `--set`'s help)."""
    return [f"{key.name} ({default_text(key)}; {allowed_text(key)})" for key in KEYS]
