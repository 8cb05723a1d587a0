from turnto.demo.content import SITES

for _site in SITES:
    print(_site["key"], _site["hostname"], len(_site["pages"]), "top-level pages")
