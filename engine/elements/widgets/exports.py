"""The widgets family's st.* names: buttons, choices, sliders, inputs, date/time and
colour pickers.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

button = _main.button
form_submit_button = _main.form_submit_button
checkbox = _main.checkbox
toggle = _main.toggle
radio = _main.radio
selectbox = _main.selectbox
multiselect = _main.multiselect
pills = _main.pills
feedback = _main.feedback
menu_button = _main.menu_button
pagination = _main.pagination
segmented_control = _main.segmented_control
slider = _main.slider
select_slider = _main.select_slider
number_input = _main.number_input
text_input = _main.text_input
text_area = _main.text_area
date_input = _main.date_input
time_input = _main.time_input
datetime_input = _main.datetime_input
color_picker = _main.color_picker

__all__ = [
    "button",
    "checkbox",
    "color_picker",
    "date_input",
    "datetime_input",
    "feedback",
    "form_submit_button",
    "menu_button",
    "multiselect",
    "number_input",
    "pagination",
    "pills",
    "radio",
    "segmented_control",
    "select_slider",
    "selectbox",
    "slider",
    "text_area",
    "text_input",
    "time_input",
    "toggle",
]
