"""Whether a request takes a gzipped (or brotli) answer: Accept-Encoding read with its
q-values, so that "gzip;q=0" (the client refuses gzip) gets the plain bytes. Django's
GZipMiddleware and a substring test both see "gzip" there and compress anyway."""

ALIASES = {"gzip": ("gzip", "x-gzip"), "br": ("br",)}


def accepts_gzip(header):
    return quality_of("gzip", header) > 0


def preferred_coding(header, offered=("br", "gzip")):
    """The coding of `offered` the client rates highest (the first of them on a tie), or None
    for the plain bytes."""
    rated = [(quality_of(coding, header), -n, coding) for n, coding in enumerate(offered)]
    quality, _, coding = max(rated)
    return coding if quality > 0 else None


def quality_of(coding_wanted, header):
    """RFC 9110 12.5.3: the coding's own q-value if it is named (x-gzip is gzip), else that of
    "*", else 0; a coding without q= has q=1."""
    names = ALIASES.get(coding_wanted, (coding_wanted,))
    named = star = None
    for part in header.split(","):
        coding, *parameters = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        coding = coding.lower()
        if coding in names:
            named = quality if named is None else max(named, quality)
        elif coding == "*":
            star = quality
    chosen = named if named is not None else star
    return chosen or 0.0
