"""The console script's short way (policydiff/launch.py): a plain compare without click says
and writes exactly what the click command says and writes; anything else is click's."""
import os
import subprocess
import sys

import pytest

from conftest import DRAFT, FINAL_WEB, LAWS

from policydiff.launch import plain_compare

CLICK = "import sys; sys.argv[0] = 'policydiff'; from policydiff.cli import main; main()"


def _run(how, args, cwd, **more_env):
    command = [sys.executable, "-m", "policydiff"] if how == "launch" else [sys.executable, "-c", CLICK]
    env = {k: v for k, v in os.environ.items() if k != "POLICYDIFF_STORE"}
    env.update(more_env)
    proc = subprocess.run(command + [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env)
    return proc.returncode, proc.stdout, proc.stderr


CASES = {
    "json to a file": ["compare", DRAFT, FINAL_WEB, "--format", "json", "-o", "out.json"],
    "json to stdout, options after": ["compare", "--format=json", DRAFT, FINAL_WEB, "--lang", "en"],
    "markdown to stdout": ["compare", DRAFT, FINAL_WEB, "--format", "md", "--full"],
    "the same text": ["compare", LAWS / "公司法" / "2023-12-29.md", LAWS / "公司法" / "2023-12-29.md",
                      "--output", "same.json"],
    "exit zero": ["compare", DRAFT, FINAL_WEB, "--exit-zero", "--output=out.md"],
    "suffix against format": ["compare", DRAFT, FINAL_WEB, "--format", "json", "-o", "out.md"],
    "track changes without Word": ["compare", DRAFT, FINAL_WEB, "--track-changes", "-o", "out.json"],
    "a missing file": ["compare", DRAFT, "missing.txt", "--format", "json"],
    "an unknown format": ["compare", DRAFT, FINAL_WEB, "--format", "pdf"],
    "help": ["compare", "--help"],
}


@pytest.mark.parametrize("case", sorted(CASES) + ["Chinese locale"])
def test_the_short_way_says_and_writes_what_click_does(case, tmp_path):
    args, env = (CASES["json to a file"], {"LANG": "zh_TW.UTF-8", "LC_ALL": "", "LANGUAGE": ""}) \
        if case == "Chinese locale" else (CASES[case], {})
    outputs = {}
    for how in ("launch", "click"):
        folder = tmp_path / how
        folder.mkdir()
        status, out, err = _run(how, args, folder, **env)
        written = {p.name: p.read_bytes() for p in folder.iterdir()}
        outputs[how] = (status, out, err, written)
    assert outputs["launch"] == outputs["click"]
    assert outputs["launch"][0] in (0, 1, 2)


def test_a_plain_compare_is_read_and_anything_else_is_left_to_click(tmp_path):
    old, new = str(DRAFT), str(FINAL_WEB)
    assert plain_compare(["compare", old, new, "--format", "json", "-o", "x.json"]) == {
        "old": old, "new": new, "fmt": "json", "output": "x.json"}
    assert plain_compare(["compare", "--exit-zero", old, "--lang=en", new]) == {
        "old": old, "new": new, "exit_zero": True, "lang": "en"}
    for args in (["--debug", "compare", old, new], ["compare", old, new, "-h"], ["compare", old, new, "--help"],
                 ["compare", old, new, "--pick", "x"], ["compare", old, new, "-ox.json"],
                 ["compare", old, new, "--format", "JSON"], ["compare", old, new, "--format", "json", "--format", "md"],
                 ["compare", old, new, old], ["compare", old], ["compare", old, new, "-o", "-"],
                 ["compare", old, new, "--", "x"], ["compare", old, "https://example.org/a.html"],
                 ["compare", old, str(tmp_path)], ["compare", old, new, "-o", str(tmp_path)],
                 ["compare", old, new, "--full=yes"], ["compare", old, new, "--format="],
                 ["compare", old, str(tmp_path / "missing.txt")], ["history", old, new], []):
        assert plain_compare(args) is None, args


def test_the_store_variable_and_shell_completion_go_to_click(monkeypatch):
    args = ["compare", str(DRAFT), str(FINAL_WEB)]
    monkeypatch.setenv("POLICYDIFF_STORE", "/tmp/store")
    assert plain_compare(args) is None
    monkeypatch.delenv("POLICYDIFF_STORE")
    monkeypatch.setenv("_POLICYDIFF_COMPLETE", "bash_source")
    assert plain_compare(args) is None


LOADED = """
import atexit, runpy, sys
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json", "-o", sys.argv[3]]

@atexit.register  # (the process ends by os._exit once the exit handlers have run: see launch.run)
def loaded():
    print("loaded:", *sorted(m for m in ("click", "inspect", "ast", "dis", "tokenize", "uuid", "platform", "datetime",
                                         "copy", "weakref")
                             if m in sys.modules and type(sys.modules[m]).__name__ == "module"))

runpy.run_module("policydiff", run_name="__main__")
"""


def test_a_json_compare_of_two_files_imports_neither_click_nor_inspect_nor_copy(tmp_path):
    done = subprocess.run([sys.executable, "-c", LOADED, str(DRAFT), str(FINAL_WEB), str(tmp_path / "o.json")],
                          capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout.split("loaded:")[1].split() == []
    assert (tmp_path / "o.json").read_text(encoding="utf-8").startswith("{")


CONSOLE_SCRIPT = """
import sys
from policydiff.launch import main  # as the console script does (runpy itself imports ipaddress)
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json"]
try:
    main()
except SystemExit:
    pass
import diff_match_patch, urllib
print("loaded:", *sorted(m for m in ("ipaddress", "inspect", "urllib.parse", "pathlib")
                         if type(sys.modules.get(m)).__name__ == "module"), file=sys.stderr)
print("quoted:", urllib.parse.quote("第一条 a"), diff_match_patch.diff_match_patch().diff_toDelta([(1, "条 ")]),
      file=sys.stderr)
"""


def test_the_console_script_compares_without_importing_ipaddress_urllib_parse_or_pathlib(tmp_path):
    # urllib.parse imports ipaddress for IPv6 hosts only; diff_match_patch imports urllib.parse for
    # patches; pathlib (which imports urllib.parse) is only for a report written to a file. Run
    # without site (an editable install's import hook imports pathlib at start-up), the package
    # and its dependencies on the path as an installed policydiff has them. Once asked for, each
    # deferred module is there (a patch's text quoted by diff_match_patch).
    import json
    import sysconfig

    import policydiff

    path = os.pathsep.join([os.path.dirname(os.path.dirname(policydiff.__file__)), sysconfig.get_paths()["purelib"]])
    done = subprocess.run([sys.executable, "-S", "-c", CONSOLE_SCRIPT, str(DRAFT), str(FINAL_WEB)],
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": path})
    assert done.stderr.split("loaded:")[1].split("quoted:")[0].split() == []
    assert done.stderr.split("quoted:")[1].split() == ["%E7%AC%AC%E4%B8%80%E6%9D%A1%20a", "+%E6%9D%A1"]
    assert json.loads(done.stdout)["pairs"]
    script = CONSOLE_SCRIPT.replace('"--format", "json"]', '"--format", "json", "-o", sys.argv[3]]')
    done = subprocess.run([sys.executable, "-S", "-c", script, str(DRAFT), str(FINAL_WEB), str(tmp_path / "o.json")],
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": path})
    assert done.stderr.split("loaded:")[1].split("quoted:")[0].split() == []  # a report file's name as it is
    assert json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["pairs"]
    assert done.stdout == f"{tmp_path / 'o.json'}: 15 pairs (13 modified, 1 deleted, 1 split)\n"


DEFERRED = """
import sys
from policydiff.launch import defer
defer("inspect")
import dataclasses, inspect
assert "ast" not in sys.modules
@dataclasses.dataclass
class A:
    x: int
print(str(inspect.signature(A)), type(sys.modules["inspect"]).__name__, "ast" in sys.modules,
      sys.modules["inspect"].cleandoc is inspect.cleandoc)
"""


def test_a_deferred_module_is_the_module_once_used():
    out = subprocess.run([sys.executable, "-c", DEFERRED], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["(x:", "int)", "->", "None", "module", "True", "True"]


DEFERRED_COPY = """
import sys
from policydiff.launch import defer
defer("copy")
import dataclasses
assert "weakref" not in sys.modules
@dataclasses.dataclass
class A:
    x: list
a = A([[1]])
print(dataclasses.asdict(a), dataclasses.asdict(a)["x"][0] is not a.x[0], type(sys.modules["copy"]).__name__)
"""


def test_a_deferred_copy_gives_asdict_its_deep_copy():
    out = subprocess.run([sys.executable, "-c", DEFERRED_COPY], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["{'x':", "[[1]]}", "True", "module"]


ENDS = """
import atexit, os, sys
from policydiff import launch
atexit.register(print, "handler ran", flush=True)


class TornDown:
    def __del__(self):
        os.write(1, b"torn down\\n")  # by the interpreter's teardown, which clears sys.modules


sys.modules["torn_down_probe"] = TornDown()
sys.argv = ["policydiff", *sys.argv[1:]]
launch.run()
"""


@pytest.mark.parametrize("args, plain", [(["compare", DRAFT, FINAL_WEB, "--format", "json", "-o", "o.json"], True),
                                         (["compare", DRAFT, FINAL_WEB, "--format", "json"], True),
                                         (["compare", DRAFT, FINAL_WEB, "--exit-zero", "-o", "o.md"], True),
                                         (["compare", DRAFT, FINAL_WEB, "--format", "json", "-o", "o.md"], True),
                                         (["compare", DRAFT, "missing.txt"], False),
                                         (["--version"], False), (["compare", DRAFT, FINAL_WEB, "--pick", "x"], False)])
def test_run_ends_a_plain_compare_without_teardown_having_run_the_exit_handlers(args, plain, tmp_path):
    """launch.run (the console script, python -m policydiff) ends a plain compare by os._exit once
    stdout, stderr and the exit handlers are done (the kept programs are written by one); it says,
    writes and exits as main does. Anything click runs ends the ordinary way."""
    env = {**os.environ, "POLICYDIFF_COMPILED_CACHE": str(tmp_path / "cache")}
    runs = {}
    for how, script in (("run", ENDS), ("main", ENDS.replace("launch.run()", "launch.main()"))):
        folder = tmp_path / how
        folder.mkdir()
        done = subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                              cwd=folder, env=env)
        files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        runs[how] = (done.returncode, done.stdout, done.stderr, files)
    assert runs["main"][1].endswith("handler ran\ntorn down\n")
    assert runs["run"][1].endswith("handler ran\n" if plain else "handler ran\ntorn down\n")
    status, out, err, files = runs["run"]
    assert (status, out + ("torn down\n" if plain else ""), err, files) == runs["main"]
    if args[-1] == "o.json":
        assert os.listdir(tmp_path / "cache")  # the kept programs, written by an exit handler


def test_run_leaves_the_ordinary_exit_to_say_a_closed_stdout(tmp_path):
    """When stdout cannot be flushed, the ordinary exit says so as before (and the status is its)."""
    script = ENDS.replace("launch.run()", "sys.stdout.close(); launch.run()")
    args = ["compare", str(DRAFT), str(FINAL_WEB), "--format", "json", "-o", "o.json"]
    runs = [subprocess.run([sys.executable, "-c", s, *args], capture_output=True, text=True, cwd=tmp_path)
            for s in (script, script.replace("launch.run()", "launch.main()"))]
    assert (runs[0].returncode, runs[0].stderr) == (runs[1].returncode, runs[1].stderr)


COLLECTOR = """
import gc, sys
gc.disable()  # as __main__ leaves it
from policydiff import launch
launch.SMALL_INPUTS = int(sys.argv[3])
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json"]
try:
    launch.main()
except SystemExit:
    pass
print("collecting:", gc.isenabled(), file=sys.stderr)
"""


def test_small_inputs_are_compared_with_the_collector_off_and_say_the_same():
    """Up to launch.SMALL_INPUTS bytes together, the cyclic collector stays off to the end of a
    plain compare (it would find nothing to free); above, it collects as before. Same JSON."""
    runs = [subprocess.run([sys.executable, "-c", COLLECTOR, str(DRAFT), str(FINAL_WEB), str(limit)],
                           capture_output=True, text=True, check=True) for limit in (2 * 1024 * 1024, 0)]
    assert [r.stderr.split("collecting:")[1].split() for r in runs] == [["False"], ["True"]]
    assert runs[0].stdout == runs[1].stdout and '"pairs"' in runs[0].stdout


def test_the_console_script_pauses_the_collector_as_python_m_does():
    """The console script calls launch.run without __main__: run pauses the collector while the
    command line loads, main starts it again only for large inputs, cli.main for click's commands."""
    script = ("import atexit, gc, sys\n"
              "atexit.register(lambda: print('collecting:', gc.isenabled(), flush=True))\n"
              "from policydiff.launch import run\n"
              "sys.argv = ['policydiff', *sys.argv[1:]]\n"
              "run()\n")
    compare = subprocess.run([sys.executable, "-c", script, "compare", str(DRAFT), str(FINAL_WEB), "--format", "json"],
                             capture_output=True, text=True)
    version = subprocess.run([sys.executable, "-c", script, "--version"], capture_output=True, text=True)
    assert compare.returncode == 1 and compare.stdout.endswith("collecting: False\n")
    assert version.returncode == 0 and version.stdout.endswith("collecting: True\n")
