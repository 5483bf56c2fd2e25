"""The workbench's errors: each carries what the user needs to act on it.

A `WorkbenchError` reaching the command line is printed as one line and turned into a non-zero
exit; anything else is a bug and keeps its traceback.
"""


class WorkbenchError(Exception):
    """Base class of every error the workbench reports to its user."""


class CorpusError(WorkbenchError):
    """The corpus folder as a whole cannot be used (missing, not a folder, no documents)."""

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"corpus {self.path}: {problem}")


class InputFileError(WorkbenchError):
    """One input file cannot become a document; `status` is 'skipped' or 'failed'."""

    def __init__(self, path, status, problem):
        if status not in ("skipped", "failed"):
            raise ValueError(f"status must be 'skipped' or 'failed', not {status!r}")
        self.path = str(path)
        self.status = status
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class StoreError(WorkbenchError):
    """The store cannot be written or read."""


class StoreBusyError(StoreError):
    """Another run holds the output folder's lock."""


class ParameterError(WorkbenchError):
    """A command-line flag or notebook parameter is invalid."""


class ReportError(WorkbenchError):
    """A report notebook failed; keeps the notebook, the cell index and the exception name."""

    def __init__(self, notebook, message, cell_index=None, ename=None):
        self.notebook = str(notebook)
        self.cell_index = cell_index
        self.ename = ename
        where = f" (cell {cell_index}, {ename})" if cell_index is not None else ""
        super().__init__(f"report {self.notebook} failed{where}: {message}")
