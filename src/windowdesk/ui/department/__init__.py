"""The department desk (承办) for the ``handler`` role."""
