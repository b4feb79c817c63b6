"""The checker's rules: each takes extracted claims and returns findings."""
