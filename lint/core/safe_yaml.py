"""YAML with bounded work: the loader for front matter and E-E-A-T records.

PyYAML's safe loader builds shared objects for aliases, so 874 bytes of nested
aliases (``a: &a [x, x, …]``, ``b: &b [*a, *a, …]``, …) load quickly, but anything
that walks the result (a key-line map, ``str()`` of a docinfo field in the build)
expands them to gigabytes. ``LimitedLoader`` counts the nodes a document expands to,
following every alias, each shared node once per use (memoized, so the count itself
is linear), and stops at MAX_NODES; a recursive alias is refused too. Text longer
than MAX_CHARS is refused before it is read.

Errors are ``yaml.MarkedYAMLError``: callers that report ``problem_mark`` name the
line, and the message never quotes the text.
"""

from __future__ import annotations

import yaml

MAX_NODES = 10_000  # the article's whole record is under 100 nodes
MAX_CHARS = 1_000_000


class YamlLimitError(yaml.MarkedYAMLError):
    """The document is larger than the limits allow."""


def expanded_size(node: yaml.Node, limit: int = MAX_NODES) -> int:
    """Nodes ``node`` expands to with every alias followed; raises YamlLimitError past ``limit``."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(n):
        key = id(n)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise YamlLimitError(problem="a YAML alias refers to the node that contains it", problem_mark=n.start_mark)
        active.add(key)
        total = 1
        if isinstance(n, yaml.SequenceNode):
            children = n.value
        elif isinstance(n, yaml.MappingNode):
            children = [item for pair in n.value for item in pair]
        else:
            children = []
        for child in children:
            total += size(child)
            if total > limit:
                raise YamlLimitError(
                    problem=f"YAML expands to more than {limit} values (aliases "
                    "repeat what they name); write the values out",
                    problem_mark=child.start_mark,
                )
        active.discard(key)
        sizes[key] = total
        return total

    return size(node)


def check_unique_keys(node: yaml.Node) -> None:
    """Raise YamlDuplicateKey at the second of two equal keys of one mapping: YAML lets the later value replace the
    earlier in silence (two reviewer: keys, one of them lost), which an editor never means. Each node once."""
    seen_nodes: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen_nodes:
            continue
        seen_nodes.add(id(n))
        if isinstance(n, yaml.MappingNode):
            keys: set = set()
            for key, value in n.value:
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    if key.value in keys:
                        raise YamlDuplicateKey(
                            problem=f"the key {key.value!r} appears twice in one mapping (the second value would "
                            "replace the first in silence); keep one",
                            problem_mark=key.start_mark,
                        )
                    keys.add(key.value)
                stack.extend((key, value))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)


class YamlDuplicateKey(yaml.MarkedYAMLError):
    """A mapping holds the same key twice."""


class LimitedLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses documents expanding past MAX_NODES (aliases followed) and mappings with a key twice."""

    def get_single_node(self):
        node = super().get_single_node()
        if node is not None:
            expanded_size(node)
            check_unique_keys(node)
        return node


def check_length(text: str) -> None:
    if len(text) > MAX_CHARS:
        raise YamlLimitError(
            problem=f"YAML text longer than {MAX_CHARS} characters",
            problem_mark=yaml.Mark("<yaml>", 0, 0, 0, None, None),
        )


def safe_load(text: str):
    """yaml.safe_load with the limits."""
    check_length(text)
    return yaml.load(text, Loader=LimitedLoader)
