"""dataapp_desktop: the desktop host."""
