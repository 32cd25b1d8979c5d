"""Evaluates the JSON text the generated CDK Python gives each creation template.

Reads a JSON list of {"name", "source"} from stdin and prints, for each, {"name", "texts"}: for
every ecr.CfnRepositoryCreationTemplate(...) call in source order, the lifecycle_policy and
repository_policy keyword values as Python computes them. A `json.dumps(<literal>, **<literal
keywords>)` runs through Python's own json module; a string constant is its value. Anything
else is reported as an error, so the engine's string is never compared with itself.
"""
import ast
import json
import sys

KEYWORDS = ("lifecycle_policy", "repository_policy")


def is_template_call(node):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "CfnRepositoryCreationTemplate"


def value_of(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    func = getattr(node, "func", None)
    if isinstance(func, ast.Attribute) and func.attr == "dumps" and isinstance(func.value, ast.Name) and func.value.id == "json":
        args = [ast.literal_eval(arg) for arg in node.args]
        keywords = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
        return json.dumps(*args, **keywords)
    raise ValueError(f"not a json.dumps call of literals nor a string: {ast.unparse(node)}")


def texts_of(source):
    calls = [node for node in ast.walk(ast.parse(source)) if is_template_call(node)]
    calls.sort(key=lambda node: (node.lineno, node.col_offset))
    return [[value_of(k.value) for k in node.keywords if k.arg in KEYWORDS] for node in calls]


def main():
    out = []
    for item in json.load(sys.stdin):
        try:
            out.append({"name": item["name"], "texts": texts_of(item["source"])})
        except (ValueError, SyntaxError) as error:
            out.append({"name": item["name"], "error": str(error)})
    # ensure_ascii keeps lone surrogates, which UTF-8 cannot carry, as escapes for JSON.parse.
    json.dump(out, sys.stdout)


main()
