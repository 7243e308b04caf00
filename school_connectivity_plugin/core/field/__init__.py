"""What comes back from the field: a school's key in a field package, surveys read back and normalised, and the
rules of merging them into the school list (latest survey wins, nothing deleted or moved silently, idempotent).
Imports core.definitions, core.network and core.schools."""
