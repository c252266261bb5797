"""Long computations, one module per stage, each a generator of `lab.events` (`run(...) -> Job`)."""
