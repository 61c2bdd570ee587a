"""Build-time tools run by ``codegen.sh`` only: never imported by ``immport`` and not shipped in the wheel.

- ``mark_required.py``  after the overlay: expands ``x-immport-always-sent`` into ``required`` lists
- ``facade.py``         derives the facade's generated layer ``immport/_generated/`` from the corrected
                        spec and the freshly generated client (needs openapi-python-client, a dev tool)
- ``fetch_spec.py``     ``codegen.sh --fetch``: downloads a newer spec, updates the lock, reports changes
"""
