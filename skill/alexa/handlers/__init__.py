"""Request handlers, grouped by what they answer: screening, information, control."""
