"""Layout: container, columns, expander, tabs, form (layout.proto, assets/src/layout/)."""
