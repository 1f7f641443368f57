"""The rules, one module per rule or family; lint.engine.loader imports them all."""
