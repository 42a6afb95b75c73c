#!/usr/bin/python3
"""Keeps the editor schema (resources/schema/hierarch-plan-v1.schema.json) and the loader in step.

An editor that flags a plan Hierarch loads, or misses a mistake Hierarch refuses, teaches users to
ignore it, so every verdict of the schema is checked against the verdict of the real loader
(`hierarch validate --format json`):

1. the schema is a valid draft-07 schema, and every property in it has a description;
2. its enums and keys match the program's spellings (model/enums.h, model/role.h, the checklist
   and the key lists of model/io/planloader.cpp and planreader*.cpp);
3. every example, every rule fixture and every plan in tests/schema/valid/ passes the schema and
   loads;
4. every plan in tests/schema/invalid/ fails the schema for the reason its header names, and the
   loader refuses it with the words its header names: `# schema: KEYWORD` is the JSON Schema
   keyword that must fail (`false` for a key the schema forbids in that place), `# loader: WORDS`
   a part of the loader's message;
5. a few thousand one-change mutants of the valid plans (a value of another type, an unknown key, a
   missing key, a key of the other product) get the same verdict from the schema and the loader.

Plans are read as YAML 1.2 (core schema), as the YAML language server and Hierarch's loader read
them: `yes`, `on` and `2026-01-31` are text, `010` is ten. PyYAML's YAML 1.1 defaults would give
different answers, so the test brings its own resolver.
"""

import argparse
import copy
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import yaml

SCHEMA_NAME = "hierarch-plan-v1.schema.json"


# --- reading YAML the way the loader and the editor do -------------------------------------------

class DuplicateKey(Exception):
    pass


class CoreLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML with the YAML 1.2 core schema: no timestamps, no yes/no/on/off, no sexagesimal
    numbers, no merge keys; map keys stay the text they were written as; a key that appears twice
    is an error (as it is for the loader and for the editor)."""


CoreLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
        ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
         list("-+0123456789")),
        ("tag:yaml.org,2002:float",
         r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
         r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789"))]:
    CoreLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _core_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


def _core_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _core_float(loader, node):
    text = loader.construct_scalar(node).lower()
    if text.endswith(".inf"):
        return -math.inf if text.startswith("-") else math.inf
    if text == ".nan":
        return math.nan
    return float(text)


def _core_map(loader, node):
    result = {}
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            key = key_node.value
        else:
            key = json.dumps(loader.construct_object(key_node, deep=True), default=str)
        if key in result:
            raise DuplicateKey(f"key {key!r} appears twice (line {key_node.start_mark.line + 1})")
        result[key] = loader.construct_object(value_node, deep=True)
    return result


CoreLoader.add_constructor("tag:yaml.org,2002:bool", _core_bool)
CoreLoader.add_constructor("tag:yaml.org,2002:int", _core_int)
CoreLoader.add_constructor("tag:yaml.org,2002:float", _core_float)
CoreLoader.add_constructor("tag:yaml.org,2002:map", _core_map)


def read_yaml(text):
    """The document as the editor sees it, or raises for text that is no single YAML document."""
    return yaml.load(text, Loader=CoreLoader)


# --- the two judges ------------------------------------------------------------------------------

class Schema:
    def __init__(self, path):
        self.document = json.loads(path.read_text(encoding="utf-8"))
        self.validator = jsonschema.Draft7Validator(
            self.document, format_checker=jsonschema.FormatChecker())

    def errors(self, text):
        """Schema errors of a plan; a document that is not YAML at all counts as one error."""
        try:
            data = read_yaml(text)
        except (yaml.YAMLError, DuplicateKey) as error:
            return [f"not a YAML document: {error}"]
        return list(self.validator.iter_errors(data))


def all_keywords(errors):
    """The validator keywords of the errors and of their sub-errors (anyOf, if/then ...)."""
    seen = set()
    stack = [e for e in errors if not isinstance(e, str)]
    while stack:
        error = stack.pop()
        seen.add("false" if error.validator is None else error.validator)
        stack.extend(error.context)
    return seen


def describe(errors):
    return "; ".join(e if isinstance(e, str) else
                     f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
                     for e in errors[:3])


def load_verdicts(hierarch, paths):
    """For each path: None when Hierarch loads it, else the loader's error message."""
    verdicts = {}
    chunk = 400  # keeps the command line well within the system's limit
    for start in range(0, len(paths), chunk):
        part = [str(p) for p in paths[start:start + chunk]]
        run = subprocess.run([hierarch, "validate", "--format", "json", "--fail-on", "never",
                              *part], capture_output=True, text=True, timeout=600)
        if not run.stdout:
            raise SystemExit(f"hierarch validate exited with {run.returncode}: {run.stderr}")
        report = json.loads(run.stdout)
        if len(report["files"]) != len(part):
            raise SystemExit("hierarch validate did not report every file")
        for path, entry in zip(part, report["files"]):
            error = entry.get("error")
            verdicts[path] = None if error is None else error["message"]
        # CLI.md: exit code 2 when a file could not be loaded, else 0 with --fail-on never.
        expected = 2 if any(verdicts[p] is not None for p in part) else 0
        if run.returncode != expected:
            raise SystemExit(f"hierarch validate exited with {run.returncode}, not {expected}")
    return verdicts


# --- checks --------------------------------------------------------------------------------------

class Check:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def expect(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)


def check_schema_document(check, schema):
    doc = schema.document
    try:
        jsonschema.Draft7Validator.check_schema(doc)
        check.expect(True, "")
    except jsonschema.SchemaError as error:
        check.expect(False, f"the schema is not a valid draft-07 schema: {error.message}")
    check.expect(doc.get("$schema") == "http://json-schema.org/draft-07/schema#",
                 "the schema must declare draft-07, the newest draft the YAML language server "
                 "reads")
    check.expect(bool(doc.get("$id")) and bool(doc.get("title")), "the schema needs $id and title")

    def resolve(node):
        while isinstance(node, dict) and "$ref" in node:
            node = doc["definitions"][node["$ref"].rsplit("/", 1)[1]]
        return node

    def walk(node, where):
        if isinstance(node, dict):
            # Object definitions, not the property fragments of if/then/else.
            described = node.get("properties", {}) if "additionalProperties" in node else {}
            for name, sub in described.items():
                target = resolve(sub)
                if target is False:
                    continue
                check.expect(isinstance(target, dict) and target.get("description"),
                             f"{where}/properties/{name} has no description")
            for key, sub in node.items():
                walk(sub, f"{where}/{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{where}/{i}")

    walk(doc, "#")


def check_spellings(check, schema, source):
    """The schema's enums and keys against the program's own tables."""
    defs = schema.document["definitions"]
    top = schema.document["properties"]

    enums_h = (source / "model/enums.h").read_text(encoding="utf-8")
    program = {m.group(1): re.findall(r'"([^"]+)"', m.group(2))
               for m in re.finditer(r'HIERARCH_ENUM_NAMES\((\w+),\s*(".*?)\)\n', enums_h, re.S)}
    role_h = (source / "model/role.h").read_text(encoding="utf-8")
    program["Role"] = re.findall(r'"([a-z-]+)"', role_h.split("names{", 1)[1].split("}", 1)[0])
    checklist = (source / "model/rules/checklistitems.cpp").read_text(encoding="utf-8")
    program["Checklist"] = re.findall(r'\{"([a-z0-9-]+)",\s*QT_TRANSLATE_NOOP', checklist)

    site = defs["site"]["properties"]
    server = defs["server"]["properties"]
    account = defs["account"]["properties"]

    def enum_of(node):
        while "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[1]]
        return node["enum"]

    pairs = {
        "Product": top["product"], "SiteType": site["type"], "SecurityMode": site["securityMode"],
        "ClientMode": site["clientMode"], "Installation": site["installation"],
        "Zone": server["zone"], "OperatingSystem": server["os"],
        "FileSystem": server["fileSystem"],
        "SqlAuthentication": defs["sql"]["properties"]["authentication"],
        "SqlServiceAccount": defs["sql"]["properties"]["serviceAccount"],
        "PasswordChange": account["passwordChange"], "Rotation": account["rotation"],
        "AttestationStatus": defs["attestation"]["properties"]["status"],
        "AccountType": account["type"], "Role": defs["roleId"], "Checklist": defs["checklistItem"],
        "DocumentStatus": top["document"]["properties"]["status"],
        "SigningCertificateDeployment": defs["pki"]["properties"]["signingCertificate"],
    }
    for name, node in pairs.items():
        check.expect(program.get(name) and enum_of(node) == program[name],
                     f"schema enum for {name} {enum_of(node)} differs from the program's "
                     f"{program.get(name)}")

    # The key lists of the loader: MapReader(..., QT_TR_NOOP("a site"), {{"code"}, ...}).
    # The reader is split over planloader.cpp and planreader*.cpp.
    loader = "\n".join(path.read_text(encoding="utf-8")
                        for path in sorted((source / "model/io").glob("plan*.cpp"))
                        if path.name == "planloader.cpp" or path.name.startswith("planreader"))
    maps = {}
    for m in re.finditer(r'QT_TR_NOOP\("([^"]+)"\),\s*(?:std::initializer_list<KeySpec>)?'
                         r'\{((?:\s*\{"\w+"(?:,\s*k\w+)?\},?)+)\s*\}', loader):
        maps[m.group(1)] = re.findall(r'\{"(\w+)"(?:,\s*(k\w+))?\}', m.group(2))
    schema_maps = {
        "the plan": (top, top, top),
        "activeDirectory": (top["activeDirectory"]["properties"],) * 3,
        "document": (top["document"]["properties"],) * 3,
        "a change record entry":
            (top["document"]["properties"]["changeRecord"]["items"]["properties"],) * 3,
        "a site": (site, defs["sms2003Site"]["properties"],
                   defs["configmgr2007Site"]["properties"]),
        "a server": (server, defs["sms2003Server"]["properties"],
                     defs["configmgr2007Server"]["properties"]),
        "a role": (defs["roleWithOptions"]["properties"],) * 3,
        "sql": (defs["sql"]["properties"],) * 3,
        "pki": (defs["pki"]["properties"],) * 3,
        "a boundary": (defs["boundary"]["properties"], defs["sms2003Boundary"]["properties"],
                       defs["boundary"]["properties"]),
        "an account": (account,) * 3,
        "a waiver": (defs["waiver"]["properties"],) * 3,
        "an attestation": (defs["attestation"]["properties"],) * 3,
        "an address": (defs["address"]["properties"],) * 3,
        "diagram": (defs["diagram"]["properties"],) * 3,
    }
    check.expect(set(maps) == set(schema_maps),
                 f"the loader reads the maps {sorted(maps)}; the test knows {sorted(schema_maps)}")
    for what, (either, sms, cm) in schema_maps.items():
        keys = maps.get(what, [])
        names = [k for k, _ in keys]
        check.expect(names == list(either),
                     f"keys of {what}: loader {names}, schema {list(either)}")
        check.expect([k for k, only in keys if only != "kCm"] == list(sms),
                     f"sms2003 keys of {what} differ between loader and schema")
        check.expect([k for k, only in keys if only != "kSms"] == list(cm),
                     f"configmgr2007 keys of {what} differ between loader and schema")


def header(path, field):
    """`# field: value` from a test plan's leading comment."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        m = re.match(rf"#\s*{field}:\s*(.*\S)", line)
        if m:
            return m.group(1)
    return None


def check_valid(check, schema, hierarch, files):
    verdicts = load_verdicts(hierarch, files)
    for path in files:
        errors = schema.errors(path.read_text(encoding="utf-8"))
        check.expect(not errors, f"{path}: Hierarch plan refused by the schema: {describe(errors)}")
        check.expect(verdicts[str(path)] is None,
                     f"{path}: Hierarch does not load it: {verdicts[str(path)]}")


def check_invalid(check, schema, hierarch, files):
    verdicts = load_verdicts(hierarch, files)
    for path in files:
        keyword = header(path, "schema")
        words = header(path, "loader")
        check.expect(keyword and words, f"{path}: header needs `# schema:` and `# loader:` lines")
        errors = schema.errors(path.read_text(encoding="utf-8"))
        check.expect(errors, f"{path}: the schema accepts a plan Hierarch must refuse")
        if errors and keyword:
            found = all_keywords(errors)
            check.expect(keyword in found,
                         f"{path}: schema fails with {sorted(found)}, not `{keyword}`: "
                         f"{describe(errors)}")
        verdict = verdicts[str(path)]
        check.expect(verdict is not None, f"{path}: Hierarch loads a plan it must refuse")
        if verdict is not None and words:
            check.expect(words in verdict, f"{path}: loader says `{verdict}`, expected `{words}`")


# --- mutants -------------------------------------------------------------------------------------

# Values of every YAML kind; each replaces each value of a plan in turn.
REPLACEMENTS = [None, True, -1, 2147483648, 1.5, "zz-word", "", [], {}, ["zz-word"], {"zz": 1}]
PRODUCT_KEYS = {"site": {"legacyClients": 1, "securityMode": "advanced", "clientMode": "native",
                         "acceptUnsignedData": False, "httpRoaming": False},
                "server": {"allowInternetClients": False}}


def mutants(data):
    """(label, plan) pairs, each one change away from `data`."""
    def positions(node, path):
        yield path, node
        if isinstance(node, dict):
            for key, value in node.items():
                yield from positions(value, path + [key])
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from positions(value, path + [i])

    def edited(path, change):
        plan = json.loads(json.dumps(data))  # a deep copy, many times faster than copy's
        node = plan
        for step in path:
            node = node[step]
        change(node)
        return plan

    for path, node in list(positions(data, [])):
        where = "/".join(map(str, path)) or "(top)"
        if path:
            for value in REPLACEMENTS:
                def replace(parent, key=path[-1], value=value):
                    parent[key] = copy.deepcopy(value)
                yield f"{where} = {json.dumps(value)}", edited(path[:-1], replace)
        if not isinstance(node, dict) or path == ["diagram", "sites"]:
            continue
        for key in node:
            yield f"{where}: without {key}", edited(path, lambda n, key=key: n.pop(key))
        yield f"{where}: with zzUnknownKey", edited(path, lambda n: n.update(zzUnknownKey=1))
        kind = ("site" if len(path) == 2 and path[0] == "sites" else
                "server" if len(path) == 4 and path[2] == "servers" else None)
        for key, value in PRODUCT_KEYS.get(kind, {}).items():
            if key not in node:
                yield f"{where}: with {key}", edited(path,
                                                     lambda n, k=key, v=value: n.update({k: v}))


# Where a schema cannot follow the loader. JSON Schema sees values, not how they were written:
# YAML 1.2 reads 0x10, 0o17 and 1e3 as numbers, a whole float counts as an integer, NaN compares
# false with every bound, and an explicit tag makes a number out of any text. The loader takes
# whole numbers only in decimal digits and refuses tagged or non-finite values, so an editor
# accepts these few lines that Hierarch refuses. They are kept here so that the list stays true.
KNOWN_DIFFERENCES = {
    "hexadecimal count": "    clients: 0x10\n",
    "octal count": "    clients: 0o17\n",
    "count in exponent form": "    clients: 1e3\n",
    "count written as a float": "    clients: 12.0\n",
    "tagged count": "    clients: !!int 12\n",
    "diagram coordinate not a number": "diagram:\n  sites: {CEN: [.nan, 0]}\n",
}


def check_known_differences(check, schema, hierarch, workdir):
    plans = []
    base = "hierarch: 1\nname: x\nproduct: configmgr2007\nsites:\n  - code: CEN\n"
    for label, tail in KNOWN_DIFFERENCES.items():
        text = base + tail
        path = workdir / f"difference-{len(plans)}.yaml"
        path.write_text(text, encoding="utf-8")
        plans.append((label, path, text))
    verdicts = load_verdicts(hierarch, [p for _, p, _ in plans])
    for label, path, text in plans:
        check.expect(not schema.errors(text) and verdicts[str(path)] is not None,
                     f"known difference `{label}` no longer holds: update KNOWN_DIFFERENCES and "
                     f"the README")


def check_mutants(check, schema, hierarch, sources, workdir):
    plans = []
    for source in sources:
        data = read_yaml(source.read_text(encoding="utf-8"))
        for label, plan in mutants(data):
            text = yaml.dump(plan, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                             sort_keys=False, allow_unicode=True, width=1000)
            path = workdir / f"mutant-{len(plans):05d}.yaml"
            path.write_text(text, encoding="utf-8")
            plans.append((source.name, label, path, text))
    # Limits the schema states: the number of sites.
    many = "hierarch: 1\nname: x\nproduct: sms2003\nsites:\n"
    for count in (10000, 10001):
        path = workdir / f"sites-{count}.yaml"
        path.write_text(many + "  - {code: A}\n" * count, encoding="utf-8")
        plans.append(("generated", f"{count} sites", path, path.read_text(encoding="utf-8")))

    verdicts = load_verdicts(hierarch, [p for _, _, p, _ in plans])
    refused = 0
    for source, label, path, text in plans:
        errors = schema.errors(text)
        loads = verdicts[str(path)] is None
        refused += not loads
        check.expect(loads == (not errors),
                     f"{source}, {label}: loader {'loads it' if loads else 'refuses it'} "
                     f"({verdicts[str(path)]}), schema "
                     f"{'accepts it' if not errors else 'refuses it: ' + describe(errors)}")
    return len(plans), refused


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hierarch", required=True, help="the built hierarch executable")
    parser.add_argument("--source-dir", type=Path, default=here.parent.parent)
    args = parser.parse_args()
    source = args.source_dir.resolve()

    schema = Schema(source / "resources/schema" / SCHEMA_NAME)
    check = Check()
    check_schema_document(check, schema)
    check_spellings(check, schema, source)

    valid = sorted((source / "resources/examples").glob("*.yaml"))
    valid += sorted((source / "tests/fixtures").rglob("*.yaml"))
    valid += sorted((here / "valid").glob("*.yaml"))
    invalid = sorted((here / "invalid").glob("*.yaml"))
    check.expect(len(valid) > 300 and len(invalid) > 30,
                 f"too few plans found ({len(valid)} valid, {len(invalid)} invalid)")
    check_valid(check, schema, args.hierarch, valid)
    check_invalid(check, schema, args.hierarch, invalid)

    # The every-key plans hold every key of both products; mutating the examples too would add
    # minutes and no new kind of change.
    mutant_sources = sorted((here / "valid").glob("every-key-*.yaml"))
    with tempfile.TemporaryDirectory(prefix="hierarch-schema-") as tmp:
        total, refused = check_mutants(check, schema, args.hierarch, mutant_sources, Path(tmp))
        check_known_differences(check, schema, args.hierarch, Path(tmp))

    for failure in check.failures[:60]:
        print("FAIL:", failure)
    if len(check.failures) > 60:
        print(f"... and {len(check.failures) - 60} more failures")
    print(f"{len(valid)} valid plans, {len(invalid)} invalid plans, {total} mutants "
          f"({refused} refused by the loader) compared with the loader")
    print(f"{check.passed} passed, {len(check.failures)} failed")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
