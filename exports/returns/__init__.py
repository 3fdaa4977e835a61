"""Excel returns for the province (openpyxl, plain data in, bytes out)."""
