"""Compares generated CDK Python with jsii-rosetta's translation at the AST level.

Reads a JSON list of {"name", "expected", "actual"} from stdin and prints a JSON list of
mismatches ({"name", "diff"}). Normalization (python-oracle.md): imported names resolve to
dotted paths and imports are dropped; docstrings and annotations are stripped; keyword
arguments are sorted; the stack constructor's signature and super().__init__ call are left
out, because rosetta renders StackProps as camelCase keywords that would not run.

JSON text: rosetta does not translate JSON.stringify (it snake_cases the keys of the object
literal, even "aws:PrincipalAccount"), so `JSON.stringify(...)` on rosetta's side and
`json.dumps(...)` on the engine's, or a string constant the pair lists in "jsonTexts" (the
engine's fallback for text json.dumps cannot write as JSON.stringify does), compare as one
placeholder. What json.dumps writes is checked apart, against the template (pythonJsonTexts.py).
"""
import ast
import difflib
import json
import sys


def aliases(tree):
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
    return names


JSON_CALLS = {("JSON", "stringify"), ("json", "dumps")}


def is_json_call(node):
    func = node.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (func.value.id, func.attr) in JSON_CALLS


class Normalize(ast.NodeTransformer):
    def __init__(self, names, json_texts=()):
        self.names = names
        self.json_texts = set(json_texts)

    def visit_Constant(self, node):
        if isinstance(node.value, str) and node.value in self.json_texts:
            return ast.copy_location(ast.Name(id="JSON_TEXT", ctx=ast.Load()), node)
        return node

    def visit_Import(self, node):
        return None

    def visit_ImportFrom(self, node):
        return None

    def visit_Name(self, node):
        if node.id in self.names:
            return ast.copy_location(ast.Name(id=self.names[node.id], ctx=node.ctx), node)
        return node

    def visit_Call(self, node):
        if is_json_call(node):
            return ast.copy_location(ast.Name(id="JSON_TEXT", ctx=ast.Load()), node)
        self.generic_visit(node)
        node.keywords.sort(key=lambda k: k.arg or "")
        return node

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        node.returns = None
        node.args = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
        node.body = [s for s in node.body if not is_super_init(s) and not is_docstring(s)] or [ast.Pass()]
        return node

    def visit_ClassDef(self, node):
        self.generic_visit(node)
        node.body = [s for s in node.body if not is_docstring(s)] or [ast.Pass()]
        return node


def is_docstring(statement):
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str)


def is_super_init(statement):
    if not isinstance(statement, ast.Expr) or not isinstance(statement.value, ast.Call):
        return False
    func = statement.value.func
    return isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)


def normalize(source, json_texts=()):
    tree = ast.parse(source)
    tree = Normalize(aliases(tree), json_texts).visit(tree)
    return ast.fix_missing_locations(tree)


def main():
    mismatches = []
    for pair in json.load(sys.stdin):
        try:
            expected = normalize(pair["expected"])
            actual = normalize(pair["actual"], pair.get("jsonTexts", ()))
        except SyntaxError as error:
            mismatches.append({"name": pair["name"], "diff": f"does not parse: {error}"})
            continue
        if ast.dump(expected) != ast.dump(actual):
            diff = difflib.unified_diff(ast.unparse(expected).splitlines(), ast.unparse(actual).splitlines(), "rosetta", "engine", lineterm="")
            mismatches.append({"name": pair["name"], "diff": "\n".join(diff)})
    json.dump(mismatches, sys.stdout)


main()
