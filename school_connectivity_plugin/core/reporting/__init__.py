"""Where the country stands and what to hand on: statistics, snapshots over time, the lists the maps print and the
tables users export. May import every other core room."""
