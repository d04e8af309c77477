"""Write policydiff/data/t2s_changes.json: what OpenCC's t2s can change (picking.py's script check).

    python scripts/t2s_changes.py        (with the venv's opencc installed)

t2s normalises compatibility ideographs, then converts by the longest entry of
TSPhrases, TSCharactersExt and TSCharacters, each entry written as its key's
first value. A text changes only where an entry whose first value differs from
its key matches, so a text holding none of those keys (single characters:
"chars"; longer ones: "phrases") is left as it is. The dictionaries are read
with the opencc_dict tool of the opencc wheel; their sizes stamp the file
(another OpenCC's dictionaries: picking asks OpenCC itself).
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DICTS = ("CJK_Compatibility_Ideographs", "TSPhrases", "TSCharactersExt", "TSCharacters")
OUT = Path(__file__).resolve().parent.parent / "policydiff" / "data" / "t2s_changes.json"


def main() -> None:
    clib = Path(list(importlib.util.find_spec("opencc").submodule_search_locations)[0]) / "clib"
    chars, phrases = set(), set()
    with tempfile.TemporaryDirectory() as tmp:
        for name in DICTS:
            text = Path(tmp) / f"{name}.txt"
            subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(clib / "share" / "opencc" / f"{name}.ocd2"),
                            "-o", str(text), "-f", "ocd2", "-t", "text"], check=True)
            for line in text.read_text(encoding="utf-8").splitlines():
                key, values = line.split("\t")
                if values.split(" ")[0] != key:
                    (chars if len(key) == 1 else phrases).add(key)
    sizes = {name: os.path.getsize(clib / "share" / "opencc" / f"{name}.ocd2") for name in DICTS}
    OUT.write_text(json.dumps({"dictionaries": sizes, "chars": "".join(sorted(chars)), "phrases": sorted(phrases)},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(chars)} characters, {len(phrases)} phrases", file=sys.stderr)


if __name__ == "__main__":
    main()
