"""The build as stages over objects, and build(options), the one-call recipe the CLI uses."""

from sectorbrief.pipeline.build import (
    DEMO_AS_OF,
    DEMO_INDUSTRY,
    FORMATS,
    BuildOptions,
    BuildResult,
    build,
)

__all__ = ["DEMO_AS_OF", "DEMO_INDUSTRY", "FORMATS", "BuildOptions", "BuildResult", "build"]
