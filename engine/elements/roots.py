"""The root containers every app has: main (follows `with` blocks), sidebar, event, bottom."""

from __future__ import annotations

from dataapp.runtime.delta_generator import ROOT_PATHS

from .delta_generator import DeltaGenerator

main = DeltaGenerator(ROOT_PATHS["main"], follows_with_blocks=True)
sidebar = DeltaGenerator(ROOT_PATHS["sidebar"])
event = DeltaGenerator(ROOT_PATHS["event"])
bottom = DeltaGenerator(ROOT_PATHS["bottom"])
