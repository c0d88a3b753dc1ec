"""The normalization lessons' texts, checked on real runs."""

from claims import config, fresh, recent, stat, trained

from visualizer.core.trainer import Trainer


def test_batchnorm_rescue_restores_the_activation_distribution_and_learns():
    a0 = fresh("batchnorm_rescue")
    assert stat(a0, "activation_std")[-1] < 1e-6  # collapsed: 1.7e-10
    b0 = Trainer(config("batchnorm_rescue", "B"))
    b0.probe()
    for z in b0.network.taps.pre_activations:  # normalized: mean 0, variance 1
        assert abs(z.mean()) < 1e-3 and 0.95 < z.std() < 1.05
    assert all(0.4 < std < 0.8 for std in stat(b0, "activation_std"))  # 0.57 .. 0.59
    a, b = trained("batchnorm_rescue", 100), trained("batchnorm_rescue", 100, "B")
    assert recent(a, "train_loss", 20) > 2.29  # 2.30
    assert recent(b, "train_loss", 20) < 0.6  # 0.1 .. 0.3
    assert recent(b, "test_accuracy", 20) > 0.85  # 0.97
