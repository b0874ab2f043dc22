"""Answers cached in the workspace (`.briefsmith/cache/`), so a brief rebuilds with no endpoint.

The key is the sha256 of (model, request body, Briefsmith version): a new prompt, model or
release asks again. An entry holds the answer text and when it was answered — never the
endpoint URL or the key. Entries are written atomically (temporary file + rename), so two
builds at once or an interrupted one never leave a half-written answer.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from briefsmith.safeio import Unsafe, read_regular

MAX_ENTRY = 20_000_000  # one cached answer


@dataclass(frozen=True)
class CachedAnswer:
    request_hash: str
    model: str
    version: str
    answered: str  # ISO time the endpoint answered
    content: str  # the answer's text as the model gave it (after the repair, if one was needed)


def request_hash(model: str, body: dict[str, Any], version: str) -> str:
    canonical = json.dumps(
        {"model": model, "body": body, "version": version}, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AnswerCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def load(self, key: str) -> CachedAnswer | None:
        """The cached answer, or None when there is none (an unreadable entry counts as none)."""
        try:
            # A regular file inside the cache folder only: a cloned repository's cache may hold a
            # link out or a FIFO, which would leak a file into a prompt or block the build.
            data = json.loads(read_regular(self.path(key), roots=(self.folder,), max_bytes=MAX_ENTRY).decode("utf-8"))
            answer = CachedAnswer(**{k: str(data[k]) for k in CachedAnswer.__dataclass_fields__})
        except (OSError, Unsafe, ValueError, KeyError, TypeError):
            return None
        return answer if answer.request_hash == key else None

    def save(self, answer: CachedAnswer) -> Path:
        # A cloned repository's .briefsmith/ or cache/ that is a link would send our writes
        # wherever it points: refused (the caller notes it; the build goes on uncached).
        for folder in (self.folder.parent, self.folder):
            if os.path.islink(folder):
                raise OSError(errno.ELOOP, "a link; answers are not written through links", str(folder))
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(answer.request_hash)
        text = json.dumps(asdict(answer), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target
