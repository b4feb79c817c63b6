"""`sectorbrief studio`: serve the analysts' web app on this machine (a token when bound elsewhere)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sectorbrief.cli.errors import command
from sectorbrief.home import sectorbrief_home

log = logging.getLogger(__name__)


@command
def studio(
    home: Annotated[
        Path | None,
        typer.Option(help="Folder for drafts and published versions (default ~/.sectorbrief/studio)."),
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; off 127.0.0.1 a token is required.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8765,
    data: Annotated[
        str | None,
        typer.Option(help="Market data file, or 'store' for the local store. Default: the demo market."),
    ] = None,
    news: Annotated[Path | None, typer.Option(help="News feed file or folder for 产业动态.")] = None,
    config: Annotated[Path | None, typer.Option(help="House-style YAML.")] = None,
) -> None:
    """Serve the studio: pick industry and week, edit the view and news, check, preview, publish."""
    import uvicorn

    from sectorbrief.studio import Settings, Sources, create_app
    from sectorbrief.studio.security import is_loopback, new_token

    sources = Sources(
        data=None if data in (None, "store") else (Path(data),),
        use_store=data == "store",
        news=news,
        config=config,
    )
    token = None if is_loopback(host) else new_token()
    settings = Settings(
        home=home or sectorbrief_home() / "studio", host=host, port=port, sources=sources, token=token
    )
    app = create_app(settings)
    app.state.studio.engine.open()  # a bad --data or --news ends here, as one line, before serving
    console = Console(stderr=True)
    where = f"http://{host}:{port}/" + (f"?token={token}" if token else "")
    console.print(f"[green]studio[/] serving {settings.home} at {where}")
    if token:
        console.print(f"token (required on every request): {token}")
    uvicorn.run(app, host=host, port=port, log_level="warning")
