"""The optimization lessons' texts, checked on real runs."""

import numpy as np
from claims import column, config, fresh, recent, stat, trained


def test_optimizer_race_adam_falls_much_faster_than_sgd():
    config_a, config_b = config("optimizer_race"), config("optimizer_race", "B")
    assert config_a.lr == config_b.lr
    assert (config_a.optimizer, config_b.optimizer) == ("sgd", "adam")
    a, b = trained("optimizer_race", 100), trained("optimizer_race", 100, "B")
    assert recent(a, "train_loss") > 2.0  # 2.3: SGD at lr 0.001 has barely started
    assert recent(b, "train_loss") < 0.5  # 0.1 .. 0.25
    assert recent(b, "train_accuracy") > 0.85


def test_exploding_gradients_grows_a_thousandfold_and_clipping_trains():
    trainer = fresh("exploding_gradients")
    stds = stat(trainer, "activation_std")  # 0.68 .. 900
    assert 300 < stds[-1] / stds[0] < 10_000  # 1300
    assert 1.3 < (stds[-1] / stds[0]) ** (1 / (len(stds) - 1)) < 1.7  # 1.46 per layer
    grads = stat(trainer, "activation_grad_std")  # 0.54 at layer 1, 2.6e-4 at layer 20
    assert 300 < grads[0] / grads[-1] < 10_000  # 2100
    a = trained("exploding_gradients", 50)
    assert a.status == "diverged" and a.diverged_at <= 3  # 2
    assert np.isnan(column(a, "train_loss")[-1])
    b = trained("exploding_gradients", 50, "B")
    loss = column(b, "train_loss")
    assert b.status == "ok" and np.all(np.isfinite(loss))
    assert np.mean(loss[-10:]) < 0.03 * loss[0]  # 3546 -> about 35
