"""Opening hours: the rules (`rules`) and the same rules as database conditions for "open at"
(`open_at_sql`)."""
