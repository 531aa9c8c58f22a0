/// Charts: SVG figures with no dependencies (see README.md). Work in progress.
public enum Charts {}
