"""The worker drives a real training process without Qt: its events arrive in the reader
thread through plain callbacks (no QApplication, no PySide6 loaded)."""

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import json, sys, threading

    from visualizer.core.config import Config
    from visualizer.worker import TrainingController

    WAIT = 30  # seconds: spawning the training process imports NumPy afresh


    def main():
        frames, deaths, reports, threads = [], [], [], set()
        new_frame, died, answered = threading.Event(), threading.Event(), threading.Event()

        def on_frame(frame):
            frames.append(frame)
            threads.add(threading.current_thread().name)
            new_frame.set()

        def wait_for(test):
            while not (frames and test(frames[-1])):
                new_frame.clear()
                assert new_frame.wait(WAIT), "no frame came"

        small = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16)
        controller = TrainingController([small], live=False)
        controller.frame_ready.connect(on_frame)
        controller.process_died.connect(lambda code: (deaths.append(code), died.set()))
        controller.report_ready.connect(lambda text: answered.set())
        controller.reset()  # starts the process
        controller.set_speed(0)
        controller.play()
        wait_for(lambda frame: frame.running and frame.step > 0)
        controller.pause()
        wait_for(lambda frame: not frame.running)
        paused_at = frames[-1].step
        controller.request_report(lambda text: reports.append(json.loads(text)))
        pending = controller.pending_reports
        assert answered.wait(WAIT), "no report came"
        assert frames[-1].step == paused_at  # no training while paused
        controller._child.kill()
        assert died.wait(WAIT), "the death went unnoticed"
        controller.reset()  # a new process
        wait_for(lambda frame: frame.step == 0 and frame is not frames[0])
        child = controller._child
        controller.shutdown()
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(json.dumps({
            "threads": sorted(threads),
            "pending": [pending, controller.pending_reports],
            "report_dataset": reports[0]["config"]["dataset"],
            "paused_at": paused_at,
            "deaths": deaths,
            "quit_code": child.exitcode,
            "left": [t.name for t in threading.enumerate() if "visualizer" in t.name],
            "qt": qt,
        }))


    if __name__ == "__main__":
        main()
    """
)


def test_the_worker_trains_pauses_reports_and_quits_without_qt(tmp_path):
    script = tmp_path / "worker_alone.py"
    script.write_text(SCRIPT)
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    seen = json.loads(result.stdout)
    assert seen["threads"] == ["visualizer-pipe-reader"]  # delivered where they arrive
    assert seen["paused_at"] > 0
    assert seen["pending"] == [1, 0]  # one report asked for, then answered
    assert seen["report_dataset"] == "blobs"
    assert seen["deaths"] == [-9]  # SIGKILL, with its exit code
    assert seen["quit_code"] == 0  # Quit ended the second process within its grace
    assert seen["left"] == []
    assert seen["qt"] == []
