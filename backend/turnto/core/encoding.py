"""Whether a request takes a gzipped answer: Accept-Encoding read with its q-values, so that
"gzip;q=0" (the client refuses gzip) gets the plain bytes. Django's GZipMiddleware and a
substring test both see "gzip" there and compress anyway."""


def accepts_gzip(header):
    """RFC 9110 12.5.3: gzip's own q-value if it is named (x-gzip is the same), else that of
    "*"; a coding without q= has q=1."""
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
        if coding in ("gzip", "x-gzip"):
            named = quality if named is None else max(named, quality)
        elif coding == "*":
            star = quality
    chosen = named if named is not None else star
    return chosen is not None and chosen > 0
