"""The supervisor's face: case list with batch printing (deadlines and statistics come later)."""
