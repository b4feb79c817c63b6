"""The files a batch keeps beside its report folders (named here, so that reading whether a run has
anything to do imports none of the modules that write them)."""

MANIFEST_FILE = "manifest.json"
SUMMARY_FILE = "summary.csv"
INDEX_FILE = "index.html"
RECORD_FILE = "run.json"
