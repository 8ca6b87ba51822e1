import sys

from dataapp_desktop.cli import main

sys.exit(main())
