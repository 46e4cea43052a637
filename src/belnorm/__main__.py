import sys

from belnorm.cli import main

sys.exit(main())
