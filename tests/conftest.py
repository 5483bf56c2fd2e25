from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def make_corpus(tmp_path):
    """Write {name: str | bytes} into a fresh corpus folder and return its path."""
    def make(files: dict, name: str = "corpus") -> Path:
        root = tmp_path / name
        root.mkdir()
        for filename, content in files.items():
            path = root / filename
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root
    return make


@pytest.fixture(scope="session")
def nlp():
    from workbench.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def analyse(nlp):
    """Run the real per-document and corpus-wide steps on {doc_id: text}."""
    from workbench.corpus import Document
    from workbench.pipeline import analyse as analyse_corpus
    from workbench.analysis import analyse_document

    def run(texts: dict, datelines: dict | None = None, published: dict | None = None, sources: dict | None = None):
        docs = [Document(doc_id=k, path=k, text=v, dateline=(datelines or {}).get(k, ""),
                         published=(published or {}).get(k, ""), source=(sources or {}).get(k, ""))
                for k, v in texts.items()]
        return analyse_corpus(docs, {d.doc_id: analyse_document(d.doc_id, nlp(d.text)) for d in docs})
    return run


@pytest.fixture(scope="session")
def seed_report_run(tmp_path_factory):
    """Every report notebook run once on the seeds, for the report and browser tests."""
    from workbench.reports import run_reports

    out = tmp_path_factory.mktemp("reports")
    run = run_reports(SEEDS, out, data_dir=out / "data", echo=lambda *a, **k: None)
    assert run.ok, [o.error for o in run.outcomes]
    return run, out
