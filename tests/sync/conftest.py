"""Sync tests keep the site passwords in a plaintext keyring file of this test session (child
processes inherit it), never in the user's keyring and never shared with a parallel run."""

from __future__ import annotations

import os
import tempfile

os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="windowdesk-test-keyring-")
