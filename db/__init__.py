"""Database layer: schema, engine and session set-up, migrations. No business rules."""
