"""Write the golden briefings again after an intended change to condensing:

    python tests/golden/regenerate.py

Then read the diff (`git diff tests/golden/`) as a reviewer would before committing it:
every changed point of the example brief and the fixtures shows there, and every changed
citation of the evaluation articles shows in eval-shapes.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import EVAL, EVAL_CASES, HERE, OWN, eval_case, own_case  # noqa: E402


def main() -> None:
    for name in OWN:
        target = HERE / f"{name}.json"
        target.write_text(json.dumps(own_case(name), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(target.relative_to(HERE.parent.parent))
    if EVAL.is_dir():
        shapes = {name: eval_case(name) for name in EVAL_CASES}
        target = HERE / "eval-shapes.json"
        target.write_text(json.dumps(shapes, indent=1) + "\n", encoding="utf-8")
        print(target.relative_to(HERE.parent.parent))
    else:
        print(f"{EVAL} not found: eval-shapes.json left as it is")


if __name__ == "__main__":
    main()
