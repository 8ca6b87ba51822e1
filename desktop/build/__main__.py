import sys

from dataapp_desktop.build import main

sys.exit(main())
