"""The command groups, each in its own module; ``register`` mounts them on the root group."""

from __future__ import annotations

import click


def register(root: click.Group) -> None:
    from immport.cli.commands import auth, batch, data, export, files, sandbox, spec, upload
    from immport.cli.demo import demo

    for command in (
        auth.auth,
        data.search,
        data.study,
        data.results,
        data.lookup,
        files.files,
        export.export,
        export.availability,
        upload.upload,
        batch.batch,
        spec.spec,
        sandbox.sandbox,
        demo,
    ):
        root.add_command(command)
