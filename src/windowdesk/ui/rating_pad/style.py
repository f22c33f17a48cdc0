"""The pad's look, scaled to its screen: sizes follow the window's height, so 1024×600 and
1920×1080 both get touch-sized buttons and text that fits."""

from __future__ import annotations

STYLE = """
QWidget#ratingFace {{ background: #f3f6fa; }}
QLabel {{ color: #1d2b3a; font-size: {base}px; }}
QLabel#hallLabel, QLabel#countdownLabel {{ font-size: {small}px; color: #4a5a6a; }}
QLabel#windowLabel {{ font-size: {huge}px; font-weight: bold; color: #0b2545; }}
QLabel#onDutyLabel {{ font-size: {small}px; color: #4a5a6a; }}
QLabel#staffNameLabel {{ font-size: {large}px; font-weight: bold; }}
QLabel#staffNoLabel {{ font-size: {base}px; }}
QLabel#photoLabel {{ background: #dde5ee; border-radius: 8px; color: #4a5a6a; }}
QLabel#idleHintLabel, QLabel#visitLabel {{ font-size: {base}px; color: #4a5a6a; }}
QLabel#askTitleLabel, QLabel#reasonsTitleLabel {{ font-size: {large}px; font-weight: bold; }}
QLabel#thanksLabel {{ font-size: {huge}px; font-weight: bold; color: #1b7f3b; }}
QLabel#thanksDetailLabel {{ font-size: {large}px; color: #0b2545; }}
QLabel#commentTitleLabel {{ font-size: {small}px; }}
QLineEdit#commentEdit {{ font-size: {base}px; min-height: {key}px; padding: 0 8px; }}
QPushButton {{ font-size: {base}px; min-height: {key}px; border-radius: 8px; border: 1px solid #9fb3c8;
  background: #ffffff; color: #1d2b3a; }}
QPushButton:disabled {{ color: #9aa5b1; background: #eef1f4; }}
QPushButton[kind="level"] {{ font-size: {level}px; font-weight: bold; color: white; border: none; }}
QPushButton[level="5"] {{ background: #1b7f3b; }}
QPushButton[level="4"] {{ background: #4c9a2a; }}
QPushButton[level="3"] {{ background: #c9a227; }}
QPushButton[level="2"] {{ background: #d9661f; }}
QPushButton[level="1"] {{ background: #b3261e; }}
QPushButton[kind="reason"] {{ font-size: {base}px; }}
QPushButton[kind="reason"]:checked {{ background: #0b5cab; color: white; border-color: #0b5cab; }}
QPushButton[kind="primary"], QPushButton#submitButton {{ background: #0b5cab; color: white; border: none; }}
QPushButton#submitButton:disabled {{ background: #9fb3c8; }}
QPushButton[kind="key"] {{ font-size: {base}px; min-height: {key_min}px; }}
QPushButton[kind="candidate"] {{ font-size: {base}px; min-height: {key_min}px; border: none; background: #e4ecf5; }}
QPushButton#pinyinShown {{ font-size: {small}px; border: none; background: transparent; min-width: {pinyin}px; }}
"""


def style_for(height: int) -> str:
    """The style sheet for a pad window ``height`` pixels tall."""
    base = max(16, round(height / 30))
    return STYLE.format(
        base=base,
        small=max(13, round(base * 0.8)),
        large=round(base * 1.35),
        huge=round(base * 2.1),
        level=round(base * 1.25),
        key=round(base * 2.6),
        key_min=round(base * 2.0),
        pinyin=round(base * 4),
    )
