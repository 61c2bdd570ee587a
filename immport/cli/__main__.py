"""``python -m immport.cli`` (same as the ``immport`` command)."""

import sys

from immport.cli import main

sys.exit(main())
