"""Status: alerts, exception, progress, spinner, toast, balloons, snow (status.proto,
assets/src/status/)."""
