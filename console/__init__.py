"""The staff & counselor web console, the JSON API, and operational endpoints."""
