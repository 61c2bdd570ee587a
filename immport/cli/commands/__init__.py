"""The command groups, each in its own module; ``immport.cli.app`` mounts them on the root group."""
