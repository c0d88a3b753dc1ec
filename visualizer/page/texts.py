"""Every string the page and the course index show, in English and Korean (the page
switches language without asking anything; `{name}` marks a value filled in)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "play": {"en": "Play", "ko": "재생"},
    "pause": {"en": "Pause", "ko": "일시정지"},
    "training_step": {"en": "step {step} of {last}", "ko": "단계 {step} / {last}"},
    "slider": {"en": "Training step", "ko": "훈련 단계"},
    "lesson_step": {"en": "Step {k} of {n}", "ko": "{n}단계 중 {k}단계"},
    "back": {"en": "◀ Back", "ko": "◀ 이전"},
    "next": {"en": "Next ▶", "ko": "다음 ▶"},
    "language": {"en": "한국어", "ko": "English"},
    "dark": {"en": "Dark", "ko": "어둡게"},
    "light": {"en": "Light", "ko": "밝게"},
    "index": {"en": "All lessons", "ko": "전체 수업"},
    "previous_lesson": {"en": "◀ Previous lesson", "ko": "◀ 이전 수업"},
    "next_lesson": {"en": "Next lesson ▶", "ko": "다음 수업 ▶"},
    "predict": {
        "en": "Predict first: pick an answer, then reveal what the runs show.",
        "ko": "먼저 예상해 보세요. 답을 고른 뒤 실행 결과를 확인합니다.",
    },
    "reveal": {"en": "Reveal the answer", "ko": "정답 공개"},
    "your_answer": {"en": "your answer", "ko": "고른 답"},
    "right_answer": {"en": "right answer", "ko": "정답"},
    "histograms": {"en": "Per-layer histograms", "ko": "층별 히스토그램"},
    "activations": {"en": "Activations", "ko": "활성화값"},
    "pre_activations": {"en": "Weighted sums z", "ko": "가중합 (z)"},
    "gradients": {"en": "Gradients log10|g|", "ko": "그레이디언트 log10|g|"},
    "weights": {"en": "Weights", "ko": "가중치"},
    "layer": {"en": "Layer {k}", "ko": "{k}층"},
    "layer_axis": {"en": "layer", "ko": "층"},
    "share": {"en": "share of values", "ko": "값의 비율"},
    "loss": {"en": "Loss", "ko": "손실"},
    "accuracy": {"en": "Accuracy", "ko": "정확도"},
    "train": {"en": "train", "ko": "훈련"},
    "test": {"en": "test", "ko": "테스트"},
    "step_axis": {"en": "step", "ko": "단계"},
    "app_view": {
        "en": "In the app this step shows the {view} view, which this page does not draw; "
        "here are the same runs' histograms, curves and layer statistics.",
        "ko": "앱에서는 이 단계에서 '{view}' 보기를 보여 주지만 이 페이지에는 없습니다. "
        "여기에는 같은 실행의 히스토그램, 곡선, 층 통계가 있습니다.",
    },
    "view_timeline": {"en": "Over time", "ko": "시간에 따른 변화"},
    "view_activation_curve": {"en": "Activation function", "ko": "활성화 함수"},
    "view_decision": {"en": "Decision boundary", "ko": "결정 경계"},
    "view_input_cloud": {"en": "Input cloud", "ko": "입력 분포"},
    "view_network": {"en": "Network", "ko": "신경망"},
    "view_weight_path": {"en": "Weight path", "ko": "가중치 경로"},
    "view_race": {"en": "Optimizer race", "ko": "옵티마이저 경주"},
    "view_search": {"en": "Hyper-parameter search", "ko": "하이퍼파라미터 탐색"},
    "view_batch_norm": {"en": "Batch norm γ, β", "ko": "배치 정규화 γ, β"},
    "epoch_axis": {"en": "epoch", "ko": "에포크"},
    "samples_axis": {"en": "samples seen", "ko": "처리한 샘플 수"},
    "layer_stats": {"en": "Layer statistics", "ko": "층 통계"},
    "theory": {"en": "theory at initialization", "ko": "초기화 시점의 이론값"},
    "pre_activation_std": {"en": "Std of z", "ko": "가중합 z의 표준편차"},
    "activation_std": {"en": "Std of activations", "ko": "활성화값의 표준편차"},
    "activation_mean": {"en": "Mean of activations", "ko": "활성화값의 평균"},
    "activation_grad_std": {"en": "Std of dL/da", "ko": "dL/da의 표준편차"},
    "weight_grad_norm": {"en": "Gradient norm ‖dL/dW‖", "ko": "그레이디언트 노름 ‖dL/dW‖"},
    "dead_fraction": {"en": "Dead units (share)", "ko": "죽은 뉴런 비율"},
    "saturated_fraction": {"en": "Saturated values (share)", "ko": "포화된 값의 비율"},
    "update_ratio": {"en": "Update / weight", "ko": "갱신량 / 가중치"},
    "readout": {
        "en": "train loss {train_loss} · test loss {test_loss} · test accuracy {test_accuracy}",
        "ko": "훈련 손실 {train_loss} · 테스트 손실 {test_loss} · 테스트 정확도 {test_accuracy}",
    },
    "diverged": {"en": "diverged at step {step}", "ko": "{step}단계에서 발산"},
    "no_values": {"en": "no finite values", "ko": "유한한 값 없음"},
    "course_title": {
        "en": "How deep networks train: the course",
        "ko": "심층 신경망은 어떻게 훈련되는가: 전체 수업",
    },
    "course_intro": {
        "en": "Each lesson is one page with its runs recorded: play them back, step through "
        "the lesson and answer its questions. Everything works offline.",
        "ko": "수업마다 실행 기록이 담긴 페이지 하나입니다. 다시 재생하고, 단계를 따라가며 "
        "질문에 답해 보세요. 인터넷 연결 없이 작동합니다.",
    },
    "runs_count": {"en": "{n} runs", "ko": "실행 {n}개"},
    "steps_count": {"en": "{n} steps", "ko": "{n}단계"},
    "recorded": {
        "en": "Recorded with deep-training-visualizer: {steps} training steps per run.",
        "ko": "deep-training-visualizer로 기록: 실행마다 훈련 {steps}단계.",
    },
}
