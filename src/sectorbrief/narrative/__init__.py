"""Chinese sentences of the report, fed only by Facts."""
