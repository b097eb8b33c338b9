"""Community-health reports: one computed report object, rendered to HTML, JSON, CSV, PDF and email."""
