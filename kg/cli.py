"""Thin command-line wrappers: ``kg build``, ``train``, ``validate``, ``explain``, ``query``, ``view``, ``serve``."""
from __future__ import annotations

import signal
import sys
from functools import partial
from pathlib import Path

import click

from kg.config import DEFAULT_OUTPUT_DIR, DEFAULT_PROVENANCE, PROVENANCE_LEVELS, SAMPLES_DIR
from kg.errors import KgError
from kg.nlp.segment import DEFAULT_SEGMENTER, SEGMENTERS


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """Knowledge graphs from Chinese transport work reports."""


@cli.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--outdir", type=click.Path(), default=str(DEFAULT_OUTPUT_DIR), show_default=True,
              callback=lambda _ctx, _param, value: _named_folder(value),
              help="Folder for graph.ttl, graph.trig, graph.html and build-report.json.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A YAML file extending the domain lexicon (repeatable).")
@click.option("--min-confidence", type=float, default=0.0, show_default=True, help="Drop weaker facts.")
@click.option("--segmenter", type=click.Choice(SEGMENTERS), default=DEFAULT_SEGMENTER, show_default=True,
              help="Word segmenter: rjieba (jieba-rs, the default) or jieba (the reference: same cuts, ~20x slower).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL validation.")
@click.option("--strict", is_flag=True, help="Any skipped file or SHACL violation makes the build fail.")
@click.option("-j", "--jobs", type=int, default=None, help="Parallel extraction processes (default: the cores this process may use).")
@click.option("--executor", type=click.Choice(["process", "dask"]), default="process", show_default=True)
@click.option("--scheduler", help="Dask scheduler address (with --executor dask); a local cluster if omitted.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path),
              help="Also keep the graph in a persistent store at this folder (for kg query/serve --store).")
@click.option("--no-export", is_flag=True, help="Skip graph.ttl/.trig/.html (large incremental builds with --store).")
@click.option("--provenance", type=click.Choice(PROVENANCE_LEVELS), default=DEFAULT_PROVENANCE, show_default=True,
              help="Provenance detail: lean (sentence, offsets, rule, confidence: the fewest triples) or full "
                   "(adds Web Annotation selectors with quotes, explicit types, evidence spans).")
@click.option("--watch", is_flag=True, help="Keep running: build again whenever an input file is added, changed or "
                                          "removed, with the pipeline kept loaded (Ctrl-C stops).")
@click.option("--interval", type=click.FloatRange(min=0.05), default=1.0, show_default=True,
              help="With --watch: seconds between looks at the inputs.")
def build_cmd(inputs: tuple[Path, ...], outdir: Path, lexicons: tuple[Path, ...], min_confidence: float,
              no_validate: bool, strict: bool, jobs: int | None, executor: str, scheduler: str | None,
              store_dir: Path | None, no_export: bool, segmenter: str, provenance: str, watch: bool,
              interval: float) -> None:
    """Build the graph of INPUT files and folders (default: the bundled sample reports)."""
    from kg.build.runner import build

    for item in inputs:
        if not item.exists():
            raise click.UsageError(f"{item}: no such file or folder")
    build_once = partial(build, inputs or (SAMPLES_DIR,), outdir, lexicons=lexicons, min_confidence=min_confidence,
                         segmenter=segmenter, validate=not no_validate, jobs=jobs, executor=executor,
                         scheduler=scheduler, store_dir=store_dir, exports=not no_export, provenance=provenance)
    if watch:
        from kg.build.runner import ExtractOptions, warm_up
        from kg.build.watch import watch as watch_inputs

        watching = f"watching {', '.join(map(str, inputs or (SAMPLES_DIR,)))} (Ctrl-C stops)"

        def show(summary) -> None:
            for line in summary.lines():
                click.echo(line)
            click.echo(watching, err=True)

        def failed(exc: KgError) -> None:
            click.echo(f"error: {exc}", err=True)
            click.echo(watching, err=True)
        def stop(signum, frame) -> None:
            raise KeyboardInterrupt  # a service manager's SIGTERM stops the watch as Ctrl-C does

        signal.signal(signal.SIGTERM, stop)
        try:
            options = ExtractOptions.of(lexicons, min_confidence, segmenter, provenance)
            watch_inputs(inputs or (SAMPLES_DIR,), build_once, on_build=show, on_error=failed,
                         warm_up=partial(warm_up, options), interval=interval)
        except KeyboardInterrupt:
            click.echo("stopped", err=True)
        return
    summary = build_once()
    for line in summary.lines():
        click.echo(line)
    if summary.reports == 0:
        sys.exit(1)
    if strict and (summary.problems or summary.conforms is False):
        sys.exit(1)


@cli.command("train")
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--outdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write projects.json and roads.json (default: the package's own models, which builds use).")
def train_cmd(folders: tuple[Path, ...], outdir: Path | None) -> None:
    """Fit the span models on annotated reports: FOLDERS of NAME.txt + NAME.json (GUIDELINES.md).

    Without FOLDERS: ../shared's samples and development reports and training/annotated/.
    """
    import time

    from kg.extract.components import build_nlp
    from kg.extract.decide import MODEL_DIR, load_model
    from kg.train.corpus import annotated_reports, default_folders
    from kg.train.fit import train

    started = time.perf_counter()
    reports = annotated_reports(folders or default_folders())
    if not reports:
        raise click.UsageError("no annotated reports (NAME.txt beside NAME.json) in " +
                               (", ".join(map(str, folders)) or "the default folders"))
    written = train(reports, build_nlp(), outdir or MODEL_DIR)
    load_model.cache_clear()
    for kind, path in written.items():
        click.echo(f"{kind}: {path}")
    click.echo(f"trained on {len(reports)} annotated reports in {time.perf_counter() - started:.1f} s")


@cli.command("export")
@click.option("-o", "--outdir", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT_DIR, show_default=True)
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=Path))
@click.option("--min-confidence", type=float, default=0.0, show_default=True)
@click.option("--segmenter", type=click.Choice(SEGMENTERS), default=DEFAULT_SEGMENTER, show_default=True,
              help="Word segmenter: rjieba (jieba-rs, the default) or jieba (the reference: same cuts, ~20x slower).")
@click.option("--provenance", type=click.Choice(PROVENANCE_LEVELS), default=DEFAULT_PROVENANCE, show_default=True,
              help="Provenance detail: lean (sentence, offsets, rule, confidence: the fewest triples) or full "
                   "(adds Web Annotation selectors with quotes, explicit types, evidence spans).")
def export_cmd(outdir: Path, lexicons: tuple[Path, ...], min_confidence: float, segmenter: str, provenance: str) -> None:
    """Write graph.ttl and graph.trig from the last build's cache (after builds with --no-export)."""
    from kg.build.runner import export_only

    triples = export_only(outdir, lexicons=lexicons, min_confidence=min_confidence, segmenter=segmenter,
                          provenance=provenance)
    click.echo(f"written: {outdir / 'graph.ttl'}, graph.trig ({triples} triples)")


@cli.command("validate")
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path),
                default=DEFAULT_OUTPUT_DIR / "graph.ttl")
def validate_cmd(graph: Path) -> None:
    """Check GRAPH (default output/graph.ttl) against ontology/shapes.ttl."""
    from kg.rdf.validate import validate_file

    try:
        conforms, text = validate_file(graph)
    except Exception as exc:  # rdflib's parsers raise many kinds; any of them means the file is not Turtle
        raise KgError(f"[E065] {graph}: not readable as RDF ({type(exc).__name__}: {str(exc)[:300]})") from exc
    click.echo(f"{graph}: " + ("conforms" if conforms else "does not conform"))
    if not conforms:
        click.echo(text)
        sys.exit(1)


@cli.command("explain")
@click.argument("report", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=Path))
@click.option("--min-confidence", type=float, default=0.0, show_default=True)
@click.option("--segmenter", type=click.Choice(SEGMENTERS), default=DEFAULT_SEGMENTER, show_default=True,
              help="Word segmenter: rjieba (jieba-rs, the default) or jieba (the reference: same cuts, ~20x slower).")
def explain_cmd(report: Path, lexicons: tuple[Path, ...], min_confidence: float, segmenter: str) -> None:
    """Print REPORT's sentences with the entities and relations found in each, and the rule behind each."""
    from kg.explain import explain
    from kg.extract.components import build_nlp
    from kg.reference.lexicon import load

    paths = tuple(str(p.resolve()) for p in lexicons)
    for line in explain(report, build_nlp(paths, segmenter), min_confidence=min_confidence, lexicon=load(paths)):
        click.echo(line)


def _named_folder(value: str) -> Path:
    """An output folder the user named: ``-o ''`` (an empty shell variable) would be the current folder."""
    if not value.strip():
        raise click.BadParameter("give a folder name (an empty one would write into the current folder)")
    return Path(value)


def _limit_options(seconds: float):
    """The query caps, the same options for ``kg query`` and ``kg serve`` (kg.store.limits.Limits)."""
    def wrap(f):
        for option in reversed([
            click.option("--timeout", type=float, default=seconds, show_default=True,
                         help="Seconds a query may take; past them its process is killed."),
            click.option("--max-rows", type=int, default=100_000, show_default=True, help="SELECT rows in one answer."),
            click.option("--max-triples", type=int, default=100_000, show_default=True,
                         help="CONSTRUCT/DESCRIBE triples in one answer."),
            click.option("--max-query-chars", type=int, default=100_000, show_default=True,
                         help="Characters of query text."),
            click.option("--allow-federation", is_flag=True,
                         help="Let SERVICE clauses fetch from other endpoints (refused by default)."),
        ]):
            f = option(f)
        return f
    return wrap


def _limits(timeout: float, max_rows: int, max_triples: int, max_query_chars: int, allow_federation: bool):
    from kg.store.limits import Limits

    return Limits(seconds=timeout, max_rows=max_rows, max_triples=max_triples, max_chars=max_query_chars,
                  allow_federation=allow_federation)


def _graph_source(graph: Path, store_dir: Path | None) -> Path:
    """The graph to read: --store, else --graph; a missing one is named with the flags and any build found here."""
    source = store_dir or graph
    if source.exists():
        return source
    found = sorted(str(p) for p in Path().glob("*/graph.ttl"))[:3]
    hint = f" Builds here: {', '.join(found)} (give one with --graph)." if found else ""
    what = "store folder" if store_dir else "graph file"
    raise click.UsageError(f"{source}: no such {what}. `kg build -o OUTDIR` writes OUTDIR/graph.ttl: give it with "
                           f"--graph OUTDIR/graph.ttl, or a store from `kg build --store DIR` with --store DIR.{hint}")


@cli.command("query")
@click.argument("query", required=False)
@click.option("--graph", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT_DIR / "graph.ttl", show_default=True,
              help="A graph file (.ttl, .trig) or a persistent store folder.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help="A persistent store folder (kg build --store).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "turtle"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (an RDF term).")
@click.option("--list", "list_", is_flag=True, help="List the saved queries with their questions.")
@click.option("--fresh", is_flag=True, help="With a store: compute the answer, neither using nor keeping a kept one.")
@_limit_options(60.0)
def query_cmd(query: str | None, graph: Path, store_dir: Path | None, fmt: str, params: tuple[str, ...],
              list_: bool, fresh: bool, **caps) -> None:
    """Run QUERY (SPARQL text, a .rq file, or a saved query's name) against GRAPH."""
    from kg.query import QueryError, bindings, render_answer, resolve_query, saved_queries
    from kg.store.engine import Job
    from kg.store.pool import QueryPool

    if list_:
        for name, listed in saved_queries().items():
            click.echo(f"{name}\n    {listed.title_zh}\n    {listed.title_en}")
            for p in listed.params:
                click.echo(f"    --param {p.name}=…  ({p.kind}) {p.doc}")
        return
    if not query:
        raise click.UsageError("give a query (SPARQL text, a .rq file or a saved query name), or --list")
    given: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            raise click.UsageError(f"--param {item!r}: expected NAME=VALUE")
        if name in given:
            raise click.UsageError(f"--param {name} is given twice ({given[name]!r} and {value!r}): one value each")
        given[name] = value
    try:
        text, saved = resolve_query(query)
    except QueryError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    source = _graph_source(graph, store_dir)
    pool = QueryPool(source, _limits(**caps), warm=0, max_workers=1, keep_results=not fresh)
    try:
        values = bindings(saved, given, text)
        answer = pool.run(Job(text, substitutions=tuple((v.value, t) for v, t in values.items())))
    except QueryError as exc:
        where = f" (at {exc.position})" if exc.position else ""
        click.echo(f"error{where}: {exc}", err=True)
        sys.exit(2)
    finally:
        pool.close()
    if fmt == "turtle" and answer.kind != "graph":
        click.echo("note: --format turtle is for CONSTRUCT and DESCRIBE; these SELECT/ASK results are a table",
                   err=True)
    click.echo(render_answer(answer, fmt))


@cli.command("view")
@click.option("--graph", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT_DIR / "graph.ttl", show_default=True)
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help="A persistent store folder (kg build --store).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT_DIR / "view.html", show_default=True)
@click.option("--focus", help="An entity's name or IRI: show its neighbourhood only.")
@click.option("--depth", type=int, default=2, show_default=True, help="Neighbourhood depth with --focus.")
@click.option("--types", help="Classes to show, comma-separated (Agency,Road,Project,Funding,RedactedAmount,Campaign,Region,Document).")
def view_cmd(graph: Path, store_dir: Path | None, output: Path, focus: str | None, depth: int, types: str | None) -> None:
    """Write an interactive, offline HTML view of GRAPH."""
    from kg.query import open_store
    from kg.web.view import COLOURS, write_view_file

    chosen = tuple(t.strip() for t in types.split(",")) if types else None
    unknown = [t for t in chosen or () if t not in COLOURS]
    if unknown:
        raise click.UsageError(f"--types: unknown class {', '.join(unknown)} (known: {', '.join(COLOURS)})")
    try:
        write_view_file(open_store(_graph_source(graph, store_dir)), output, focus=focus, depth=depth, types=chosen)
    except LookupError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"written: {output}")


@cli.command("serve")
@click.option("--graph", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT_DIR / "graph.ttl", show_default=True,
              help="A graph file (.ttl, .trig) or a persistent store folder.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help="A persistent store folder (kg build --store).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (local only by default).")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--cors", metavar="ORIGIN", help="Let pages from ORIGIN (e.g. https://yasgui.org, or *) call /sparql.")
@click.option("--max-queries", type=int, default=12, show_default=True,
              help="Queries running at once, each in its own process; more wait for a slot.")
@_limit_options(10.0)
def serve_cmd(graph: Path, store_dir: Path | None, host: str, port: int, cors: str | None, max_queries: int,
              **caps) -> None:
    """Serve GRAPH: a SPARQL endpoint at /sparql, a query page, entity pages and the graph view."""
    from kg.web.app import serve

    serve(_graph_source(graph, store_dir), host=host, port=port, limits=_limits(**caps), cors=cors,
          max_queries=max_queries)


@cli.command("push")
@click.option("--endpoint", required=True, help="The store's Graph Store HTTP Protocol URL.")
@click.option("-o", "--outdir", type=click.Path(path_type=Path), default=DEFAULT_OUTPUT_DIR, show_default=True,
              help="The build to push.")
@click.option("--auth", help="user:password (basic), digest:user:password, or bearer:TOKEN.")
def push_cmd(endpoint: str, outdir: Path, auth: str | None) -> None:
    """Load the build into a SPARQL store, one named graph per report (PUT: re-pushing replaces)."""
    from kg.build.push import push

    summary = push(outdir, endpoint, auth=auth)
    click.echo(f"pushed {summary.graphs} graphs, {summary.triples} triples to {endpoint}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KgError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:  # a full disk or a folder gone read-only mid-build: the last good outputs stay
        click.echo(f"error: {exc.filename or ''}: {exc.strerror or exc} (the last good build is kept)", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
