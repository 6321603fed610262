"""The use-case layer: one function per thing a person does.

Each takes the open connection (inside the command's one transaction),
the settings, today, and plain input already parsed by the command line;
it applies peerjob's rules (domain/), reads and writes rows (store/), and
returns a result dataclass saying what happened: IDs, milestones reached,
the nudge that applies. It knows nothing of Typer or rich; the command
line hands its result to a renderer.
"""
