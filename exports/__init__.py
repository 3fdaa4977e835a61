"""Files for people (PDF forms, Excel returns) made from plain data; no Qt, no database session."""
