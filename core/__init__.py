"""The application's knowledge and use cases: Thai conventions, rules and services. No Qt."""
