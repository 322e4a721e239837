"""The web face: pages served with the API (``newsgraph serve``), their templates and static assets, and
the figures (timeline, network, map) shared with the static HTML report."""
