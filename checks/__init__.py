"""The GitHub profile linter: rules over a snapshot or a local checkout, findings, reports."""
