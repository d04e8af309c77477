"""Run comparisons in child processes, a few at a time, each bounded in time and memory.

The server's request threads never compare anything: a request queues a job
and returns. ``workers`` threads take jobs from the queue; each starts one
child process (from a fork server that has imported the library once, so a
child starts in milliseconds), waits at most ``time_limit`` seconds and kills
it after that. The child limits its own address space (see
:func:`policydiff.serve.work.run`). While the children work, the server keeps
answering: the home page, other comparisons' pages, downloads.
"""
from __future__ import annotations

import multiprocessing
import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Optional

from .cache import Cache

PRELOAD = ["policydiff.serve.work", "policydiff.pipeline", "policydiff.render.html",
           "policydiff.render.json", "policydiff.render.markdown", "policydiff.findings"]


#: The tasks that make a page of their own (a Word file is a download of one).
MAIN = ("compare", "store_compare", "store_history")


class Busy(Exception):
    """The queue is full: the user should try again in a minute."""


@dataclass
class Job:
    key: str
    folder: Path
    task: str
    params: Dict[str, Any]
    done: threading.Event = field(default_factory=threading.Event)
    error: Optional[Dict[str, Any]] = None


class Runner:
    def __init__(self, cache: Cache, workers: int = 2, time_limit: float = 120.0,
                 memory_bytes: int = 0, max_queued: int = 64):
        self.cache = cache
        self.time_limit = time_limit
        self.memory_bytes = memory_bytes
        self.queue: "queue.Queue[Job]" = queue.Queue(maxsize=max_queued)
        self.active: Dict[tuple, Job] = {}
        self.lock = threading.Lock()
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(PRELOAD)
        self.threads = [threading.Thread(target=self._loop, name=f"policydiff-worker-{n}", daemon=True)
                        for n in range(max(1, workers))]
        for thread in self.threads:
            thread.start()

    def submit(self, key: str, folder: Path, task: str, params: Dict[str, Any]) -> Job:
        """Queue a task for a cache folder; the job already queued for the same (folder, task) if any."""
        with self.lock:
            job = self.active.get((key, task))
            if job is not None:
                return job
            job = Job(key, folder, task, params)
            if task in MAIN:  # before the queue: a worker may take it at once and say "running"
                self.cache.set_status(folder, "queued", task=task)
            try:
                self.queue.put_nowait(job)
            except queue.Full:
                raise Busy() from None
            self.active[(key, task)] = job
        return job

    def queued(self) -> int:
        return self.queue.qsize()

    def _loop(self) -> None:
        while True:
            job = self.queue.get()
            try:
                self._run(job)
            finally:
                with self.lock:
                    self.active.pop((job.key, job.task), None)
                job.done.set()

    def _run(self, job: Job) -> None:
        from .work import run

        main = job.task in MAIN
        (job.folder / f"{job.task}.error.json").unlink(missing_ok=True)
        if main:
            self.cache.set_status(job.folder, "running", task=job.task)
        child = self.context.Process(target=run, args=(job.task, str(job.folder), job.params, self.memory_bytes),
                                     daemon=True)
        child.start()
        child.join(self.time_limit)
        if child.is_alive():
            child.kill()
            child.join()
            job.error = {"code": "timeout", "seconds": self.time_limit}
        else:
            job.error = Cache.read_json(job.folder / f"{job.task}.error.json")
            if job.error is None and child.exitcode != 0:
                job.error = {"code": "memory" if self.memory_bytes else "internal", "exitcode": child.exitcode}
            elif job.error is None and main and not (job.folder / "result.json").exists():
                job.error = {"code": "internal"}
        child.close()
        if main:
            if job.error:
                self.cache.set_status(job.folder, "error", **job.error)
            else:
                self.cache.set_status(job.folder, "done", task=job.task)
