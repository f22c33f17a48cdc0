"""Spoken calls ("请 A012 号到 3 号窗口办理"), one after another, never overlapping.

Backends, best first: QtTextToSpeech with a working engine; ``espeak-ng -v cmn`` writing a WAV that
QtMultimedia plays; none (the board still shows every call; a warning is logged once).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

log = logging.getLogger(__name__)

DIGITS_ZH = "零一二三四五六七八九"
UTTERANCE_TIMEOUT_MS = 20_000

Done = Callable[[], None]


def speakable(number: str) -> str:
    """``A012`` as a Chinese voice should read it: the letter, then each digit (A 零一二)."""
    return " ".join(DIGITS_ZH[int(ch)] if ch.isdigit() else ch for ch in number)


class SilentBackend:
    name = "none"

    def speak(self, text: str, done: Done) -> None:
        QTimer.singleShot(0, done)


class TtsBackend:
    name = "qtexttospeech"

    def __init__(self, tts) -> None:  # type: ignore[no-untyped-def]
        self._tts = tts
        self._done: Done | None = None
        tts.stateChanged.connect(self._state_changed)

    def speak(self, text: str, done: Done) -> None:
        self._done = done
        self._tts.say(text)

    def _state_changed(self, state) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._done is not None:
            done, self._done = self._done, None
            done()


class _Relay(QObject):
    wav_ready = Signal(str, object)  # path, done


class EspeakBackend:
    """espeak-ng writes the WAV on a plain thread (0.02 s); QSoundEffect plays it on the UI thread."""

    name = "espeak-ng"

    def __init__(self, exe: str) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        self._exe = exe
        self._folder = Path(tempfile.mkdtemp(prefix="windowdesk-voice-"))
        self._relay = _Relay()
        self._relay.wav_ready.connect(self._play)
        self._effect = QSoundEffect()
        self._effect.playingChanged.connect(self._playing_changed)
        self._done: Done | None = None
        self._count = 0

    def speak(self, text: str, done: Done) -> None:
        self._count += 1
        path = self._folder / f"call{self._count % 4}.wav"

        def synthesise() -> None:
            try:
                subprocess.run([self._exe, "-v", "cmn", "-w", str(path), text], check=True, timeout=20)
            except (OSError, subprocess.SubprocessError):
                log.warning("espeak-ng failed to speak %r", text, exc_info=True)
                self._relay.wav_ready.emit("", done)
                return
            self._relay.wav_ready.emit(str(path), done)

        threading.Thread(target=synthesise, daemon=True).start()

    def _play(self, path: str, done: Done) -> None:
        if not path:
            done()
            return
        self._done = done
        self._effect.setSource(QUrl.fromLocalFile(path))
        self._effect.play()

    def _playing_changed(self) -> None:
        if not self._effect.isPlaying() and self._done is not None:
            done, self._done = self._done, None
            done()


def choose_backend():  # type: ignore[no-untyped-def]
    """The best speech backend this PC has; SilentBackend (with a warning) when there is none."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech

        for engine in QTextToSpeech.availableEngines():
            if engine == "mock":
                continue
            tts = QTextToSpeech(engine)
            if tts.state() != QTextToSpeech.State.Error and tts.availableVoices():
                return TtsBackend(tts)
    except ImportError:
        pass
    exe = shutil.which("espeak-ng")
    if exe:
        try:
            from PySide6.QtMultimedia import QMediaDevices

            if QMediaDevices.audioOutputs():
                return EspeakBackend(exe)
        except ImportError:
            pass
        log.warning("no audio output: calls are shown on the board but not spoken")
        return SilentBackend()
    log.warning("no speech engine (QtTextToSpeech or espeak-ng): calls are shown but not spoken")
    return SilentBackend()


class Announcer(QObject):
    """Queues announcements; each is spoken ``repeats`` times, and the next starts only after."""

    started = Signal(str)  # the text now being spoken
    idle = Signal()

    def __init__(self, backend=None, repeats: int = 1, parent: QObject | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.backend = backend if backend is not None else choose_backend()
        self.repeats = repeats
        self._queue: deque[str] = deque()
        self._speaking = False
        self._utterance = 0  # which announcement a backend's "done" belongs to
        # A backend that never reports the end (audio device gone mid-call) must not stall the queue.
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(UTTERANCE_TIMEOUT_MS)
        self._watchdog.timeout.connect(self._timed_out)

    @property
    def speaking(self) -> bool:
        return self._speaking

    def announce(self, text: str) -> None:
        for _ in range(max(1, self.repeats)):
            self._queue.append(text)
        if not self._speaking:
            self._next()

    @property
    def pending(self) -> int:
        return len(self._queue)

    def _next(self) -> None:
        if not self._queue:
            self._speaking = False
            self.idle.emit()
            return
        self._speaking = True
        text = self._queue.popleft()
        self._utterance += 1
        utterance = self._utterance
        self.started.emit(text)
        self._watchdog.start()
        self.backend.speak(text, lambda: self._finished(utterance))

    def _finished(self, utterance: int) -> None:
        if utterance != self._utterance or not self._speaking:
            return  # a late "done" after the watchdog moved on
        self._watchdog.stop()
        self._speaking = False
        QTimer.singleShot(300, self._resume)  # a short pause between announcements

    def _resume(self) -> None:
        if not self._speaking:
            self._next()

    def _timed_out(self) -> None:
        log.warning("speech backend %s did not finish an announcement; going on", self.backend.name)
        self._finished(self._utterance)

    def clear(self) -> None:
        self._queue.clear()
