"""The engine: finds the files, selects the rules, runs them (in a process pool for many pages),
applies suppressions and makes the report. One module per job:

- ``loader``: imports the rule modules so their decorators register them
- ``discovery``: which files to lint, by kind
- ``selection``: which rules run (--select/--ignore, settings sections)
- ``session``: everything a run needs that does not depend on the files
- ``engine``: reads the documents and runs the rules on them
- ``parallel``: the process pool for the page rules
- ``report``: the Report, suppressions applied, sentence statistics
- ``suppressions``: ``lint: ignore[CODE] reason`` comments
- ``cache``: the page rules' results of unchanged pages
- ``replay``: a whole command on an unchanged tree, answered before any other import
"""
