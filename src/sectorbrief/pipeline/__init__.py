"""The build as stages over objects (``pipeline.stages``: load, facts, digest, view, compose, draw,
render, check, publish), and build(options), the one-call recipe over them that the CLI uses."""

from sectorbrief.pipeline import stages
from sectorbrief.pipeline.build import (
    DEMO_AS_OF,
    DEMO_INDUSTRY,
    FORMATS,
    BuildOptions,
    BuildResult,
    build,
)

__all__ = ["DEMO_AS_OF", "DEMO_INDUSTRY", "FORMATS", "BuildOptions", "BuildResult", "build", "stages"]
