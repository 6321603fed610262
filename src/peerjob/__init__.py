"""peerjob: a private job-search companion that counts effort, not only outcomes."""

__version__ = "0.1.0"
