"""Widgets: buttons, choices, sliders, inputs, date/time and colour pickers (widgets.proto,
assets/src/widgets/)."""
