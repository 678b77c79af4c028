"""python -m numcheck"""

from numcheck.cli import main

raise SystemExit(main())
