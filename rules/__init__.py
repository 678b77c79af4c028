"""The built-in rules and vocabulary, shipped inside the numcheck package as numcheck.builtin_rules."""
