"""The directory's own public API (/api/directory/): its parameters, the listings as JSON, the
views, problem reports from visitors, and the pieces of the OpenAPI document."""
